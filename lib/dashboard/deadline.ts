// The registration window as people read it: "closes in 12 days", not only a date. Pure, so it is tested
// without a database and the page passes its own clock.

export type RegistrationState =
  | { kind: "none" }
  | { kind: "unscheduled" }
  | { kind: "not-open"; opensAt: Date }
  | { kind: "open"; closesAt: Date; daysLeft: number }
  | { kind: "open-no-deadline" }
  | { kind: "closed"; closedAt: Date };

const DAY_MS = 24 * 60 * 60 * 1000;

export function registrationState(
  edition: { registrationOpensAt: Date | null; registrationClosesAt: Date | null } | null,
  now: Date,
): RegistrationState {
  if (!edition) return { kind: "none" };
  const { registrationOpensAt: opens, registrationClosesAt: closes } = edition;
  if (!opens && !closes) return { kind: "unscheduled" };
  if (opens && now < opens) return { kind: "not-open", opensAt: opens };
  if (!closes) return { kind: "open-no-deadline" };
  if (now >= closes) return { kind: "closed", closedAt: closes };
  // Whole days still available; the last day counts as 0 ("hari ini").
  return { kind: "open", closesAt: closes, daysLeft: Math.floor((closes.getTime() - now.getTime()) / DAY_MS) };
}
