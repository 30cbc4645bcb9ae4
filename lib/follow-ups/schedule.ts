// When follow-ups fall due and when their reminders go out. Pure: the hourly job, the screens and the tests
// share it. Dates are calendar days in WIB; `dueOn` is a date (midnight UTC of that day, as Prisma reads @db.Date).

export const FOLLOW_UP_MONTHS = [6, 12] as const;
/** The first reminder goes out this many days before the due date. */
export const REMIND_DAYS_BEFORE = 14;
/** While overdue, a reminder goes out at most this often. */
export const OVERDUE_REMINDER_DAYS = 7;
/** A unit may report from this many days before the due date. */
export const REPORT_OPENS_DAYS_BEFORE = 30;

const DAY = 86_400_000;

/** The WIB calendar day of an instant, as midnight UTC of that day. */
export function wibDay(at: Date): Date {
  return new Date(`${new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10)}T00:00:00Z`);
}

/** The day `months` calendar months after the WIB day of `from` (the 31st becomes the month's last day). */
export function addMonths(from: Date, months: number): Date {
  const d = wibDay(from);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

/** Whole days from the WIB day of `now` to the due day: negative once overdue. */
export function daysUntilDue(dueOn: Date, now: Date): number {
  return Math.round((dueOn.getTime() - wibDay(now).getTime()) / DAY);
}

export type FollowUpTiming = { dueOn: Date; reportedAt: Date | null; remindedAt: Date | null };

export function isOverdue(f: FollowUpTiming, now: Date): boolean {
  return !f.reportedAt && daysUntilDue(f.dueOn, now) < 0;
}

/**
 * Which reminder is due now: one "soon" in the two weeks before the due day, then "overdue" once it has passed
 * and again every week while no report comes. Null when nothing is to be sent.
 */
export function reminderDue(f: FollowUpTiming, now: Date): "soon" | "overdue" | null {
  if (f.reportedAt) return null;
  const days = daysUntilDue(f.dueOn, now);
  if (days > REMIND_DAYS_BEFORE) return null;
  if (days >= 0) return f.remindedAt ? null : "soon";
  // Overdue from the start of the day after the due day (WIB).
  const overdueSince = new Date(f.dueOn.getTime() + DAY - 7 * 3600_000);
  if (!f.remindedAt || f.remindedAt < overdueSince) return "overdue";
  return now.getTime() - f.remindedAt.getTime() >= OVERDUE_REMINDER_DAYS * DAY ? "overdue" : null;
}

export function reportOpen(f: FollowUpTiming, now: Date): boolean {
  return !f.reportedAt && daysUntilDue(f.dueOn, now) <= REPORT_OPENS_DAYS_BEFORE;
}
