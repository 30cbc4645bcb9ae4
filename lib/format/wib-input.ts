// <input type="datetime-local"> carries no zone: people type wall-clock time in WIB (Asia/Jakarta), whatever
// zone their browser or our server is in. These convert between that text and the UTC instant we store.
// Intl supplies the offset rather than a hard-coded +7, so the zone stays defined in one place.
import { APP_TIME_ZONE } from "./date";

/** Exactly what a datetime-local input gives ("2027-03-05T23:59"): the shape forms must send. */
export const WIB_INPUT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const INPUT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const partsFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: APP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClockAt(instant: Date): WallClock {
  const parts = partsFormatter.formatToParts(instant);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return {
    year: n("year"),
    month: n("month"),
    day: n("day"),
    hour: n("hour"),
    minute: n("minute"),
    second: n("second"),
  };
}

const asUtc = (w: WallClock) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** Is `value` a complete, real date-time as a datetime-local input produces it ("2027-02-26T23:59")? */
export function isWibInput(value: string): boolean {
  return wibInputToDate(value) !== null;
}

/**
 * "2027-02-26T23:59" typed in WIB → the instant 2027-02-26T16:59:00Z. Empty or malformed text (including
 * impossible dates such as 30 February) gives null.
 */
export function wibInputToDate(value: string | null | undefined): Date | null {
  const m = INPUT_RE.exec(value?.trim() ?? "");
  if (!m) return null;
  const wanted: WallClock = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
  };
  const guess = asUtc(wanted);
  // The zone's offset at (about) that moment: what the wall clock there reads minus the UTC reading.
  const offset = asUtc(wallClockAt(new Date(guess))) - guess;
  const instant = new Date(guess - offset);
  const check = wallClockAt(instant);
  const same = (Object.keys(wanted) as (keyof WallClock)[]).every((k) => wanted[k] === check[k]);
  return same ? instant : null;
}

/** The instant as the value of a datetime-local input, in WIB ("2027-02-26T23:59"); "" for none. */
export function dateToWibInput(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "";
  const w = wallClockAt(date);
  const pad = (n: number, len = 2) => String(n).padStart(len, "0");
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
