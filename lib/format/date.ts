// Dates for people in East Java: always shown in Asia/Jakarta (WIB, UTC+7), whatever the server's own
// time zone is, and in Indonesian ("31 Maret 2026 pukul 23.59 WIB").
//
// The output is composed from Intl parts rather than taken whole from Intl, so it does not shift when a
// Node/ICU upgrade changes a connector word or separator.

export const APP_TIME_ZONE = "Asia/Jakarta";
export const APP_TIME_ZONE_LABEL = "WIB";

type DateInput = Date | string | number | null | undefined;

const dateFormatter = new Intl.DateTimeFormat("id-ID", {
  timeZone: APP_TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});

const shortDateFormatter = new Intl.DateTimeFormat("id-ID", {
  timeZone: APP_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
});

const timeFormatter = new Intl.DateTimeFormat("id-ID", {
  timeZone: APP_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function toDate(value: DateInput): Date | null {
  if (value === null || value === undefined || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? "";
}

function composeDate(formatter: Intl.DateTimeFormat, date: Date): string {
  const parts = formatter.formatToParts(date);
  return `${part(parts, "day")} ${part(parts, "month")} ${part(parts, "year")}`;
}

/** "23.59" — the time in WIB, 24-hour, Indonesian separator. */
export function formatTimeWIB(value: DateInput, fallback = "—"): string {
  const date = toDate(value);
  if (!date) return fallback;
  const parts = timeFormatter.formatToParts(date);
  return `${part(parts, "hour")}.${part(parts, "minute")} ${APP_TIME_ZONE_LABEL}`;
}

/** "31 Maret 2026" — the calendar date in WIB (no time; a date alone needs no zone label). */
export function formatDateWIB(value: DateInput, fallback = "—"): string {
  const date = toDate(value);
  return date ? composeDate(dateFormatter, date) : fallback;
}

/** "31 Mar 2026" — compact calendar date in WIB, for tables and badges. */
export function formatShortDateWIB(value: DateInput, fallback = "—"): string {
  const date = toDate(value);
  return date ? composeDate(shortDateFormatter, date) : fallback;
}

/** "31 Maret 2026 pukul 23.59 WIB" — for deadlines and anything where the hour matters. */
export function formatDateTimeWIB(value: DateInput, fallback = "—"): string {
  const date = toDate(value);
  if (!date) return fallback;
  const parts = timeFormatter.formatToParts(date);
  return `${composeDate(dateFormatter, date)} pukul ${part(parts, "hour")}.${part(parts, "minute")} ${APP_TIME_ZONE_LABEL}`;
}

const timeWithSecondsFormatter = new Intl.DateTimeFormat("id-ID", {
  timeZone: APP_TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * "26 Februari 2027 pukul 23.59.00 WIB" — a deadline, to the second. Deadlines close at that exact instant;
 * "pukul 23.59" alone reads as "until the end of minute 23.59", which is a minute longer than the server allows.
 */
export function formatDeadlineWIB(value: DateInput, fallback = "—"): string {
  const date = toDate(value);
  if (!date) return fallback;
  const parts = timeWithSecondsFormatter.formatToParts(date);
  const time = `${part(parts, "hour")}.${part(parts, "minute")}.${part(parts, "second")}`;
  return `${composeDate(dateFormatter, date)} pukul ${time} ${APP_TIME_ZONE_LABEL}`;
}

/**
 * A window such as a round or the registration period:
 * "1 Maret 2026 pukul 08.00 WIB – 31 Maret 2026 pukul 23.59 WIB".
 * With one end unknown: "Mulai …" / "Sampai …"; with neither: the fallback.
 */
export function formatDateTimeRangeWIB(start: DateInput, end: DateInput, fallback = "Jadwal belum ditetapkan"): string {
  const from = toDate(start);
  const to = toDate(end);
  if (from && to) return `${formatDateTimeWIB(from)} – ${formatDateTimeWIB(to)}`;
  if (from) return `Mulai ${formatDateTimeWIB(from)}`;
  if (to) return `Sampai ${formatDateTimeWIB(to)}`;
  return fallback;
}

/** The machine-readable value for <time dateTime="…">, or undefined when there is no valid date. */
export function toDateTimeAttribute(value: DateInput): string | undefined {
  return toDate(value)?.toISOString();
}
