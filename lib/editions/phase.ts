// Where an edition stands in its calendar, as the public home page tells it. Pure: the page passes its own
// clock, and the rules are tested without a database.

import { calendarDaysLeft } from "@/lib/format/days-left";

export type RegistrationPhase = "upcoming" | "open" | "closed" | "unscheduled";
export type WindowState = "done" | "current" | "upcoming" | "unknown";

type RegistrationDates = { registrationOpensAt: Date | null; registrationClosesAt: Date | null };

/** Registration as the public sees it: no opening date yet is "unscheduled", even if a closing date is set. */
export function registrationPhase(edition: RegistrationDates, now: Date): RegistrationPhase {
  const { registrationOpensAt: opens, registrationClosesAt: closes } = edition;
  if (closes && now > closes) return "closed";
  if (!opens) return "unscheduled";
  if (now < opens) return "upcoming";
  return "open";
}

/**
 * Days of registration left, in WIB calendar days (`calendarDaysLeft`, the count every page uses: 0 on the
 * closing day); null unless registration is open and has a closing date.
 */
export function registrationDaysLeft(edition: RegistrationDates, now: Date): number | null {
  const closes = edition.registrationClosesAt;
  if (registrationPhase(edition, now) !== "open" || !closes) return null;
  return calendarDaysLeft(closes, now);
}

/** One stage of the timeline: past once its end has passed, current from its start, upcoming when dated. */
export function windowState(start: Date | null, end: Date | null, now: Date): WindowState {
  if (end && now > end) return "done";
  if (start && now >= start) return "current";
  if (start || end) return "upcoming";
  return "unknown";
}

export type TimelineEntry = { label: string; start: Date | null; end: Date | null; single?: boolean };

type TimelineEdition = RegistrationDates & {
  announcementAt: Date | null;
  rounds: { name: string; opensAt: Date | null; closesAt: Date | null }[];
};

/** The edition's stages in order: registration, each judging round, the announcement (a single moment). */
export function timelineOf(edition: TimelineEdition): TimelineEntry[] {
  return [
    {
      label: "Pendaftaran dan pengiriman usulan",
      start: edition.registrationOpensAt,
      end: edition.registrationClosesAt,
    },
    ...edition.rounds.map((round) => ({ label: round.name, start: round.opensAt, end: round.closesAt })),
    { label: "Pengumuman pemenang", start: edition.announcementAt, end: edition.announcementAt, single: true },
  ];
}
