// The registration window as people read it: "closes in 12 days", not only a date. Pure, so it is tested
// without a database and the page passes its own clock.

import { calendarDaysLeft } from "@/lib/format/days-left";

export type RegistrationState =
  | { kind: "none" }
  | { kind: "unscheduled" }
  | { kind: "not-open"; opensAt: Date }
  | { kind: "open"; closesAt: Date; daysLeft: number }
  | { kind: "open-no-deadline" }
  | { kind: "closed"; closedAt: Date };

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
  // WIB calendar days, as every page counts them; the closing day is 0 ("hari ini").
  return { kind: "open", closesAt: closes, daysLeft: calendarDaysLeft(closes, now) };
}
