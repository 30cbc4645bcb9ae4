// "N days left" everywhere (home page, dashboard, lists, reminder mail) is one count: the number of calendar
// days in Asia/Jakarta (WIB, UTC+7 all year, no daylight saving) from today to the deadline's day. A deadline at
// 23.59 WIB tonight is 0 ("hari ini"), tomorrow's is 1, whatever the hour now. Counting hours instead made the
// home page (rounding up) and the dashboard (rounding down) disagree by one for most of every day.

const DAY_MS = 24 * 60 * 60 * 1000;
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The WIB calendar day of an instant, as a day number. */
function wibDay(at: Date): number {
  return Math.floor((at.getTime() + WIB_OFFSET_MS) / DAY_MS);
}

/** Calendar days in WIB from `now` to `deadline`: 0 on the deadline's own day, negative once that day is over. */
export function calendarDaysLeft(deadline: Date, now: Date): number {
  return wibDay(deadline) - wibDay(now);
}
