import { describe, expect, it } from "vitest";
import { calendarDaysLeft } from "./days-left";

const closes = new Date("2027-02-26T23:59:00+07:00");

describe("calendarDaysLeft", () => {
  it("counts WIB calendar days, whatever the hour now", () => {
    expect(calendarDaysLeft(closes, new Date("2027-02-16T00:01:00+07:00"))).toBe(10);
    expect(calendarDaysLeft(closes, new Date("2027-02-16T23:59:00+07:00"))).toBe(10);
    expect(calendarDaysLeft(closes, new Date("2027-02-25T23:59:59+07:00"))).toBe(1);
  });

  it("is 0 on the deadline's own day and negative after it", () => {
    expect(calendarDaysLeft(closes, new Date("2027-02-26T00:00:00+07:00"))).toBe(0);
    expect(calendarDaysLeft(closes, new Date("2027-02-26T23:58:00+07:00"))).toBe(0);
    expect(calendarDaysLeft(closes, new Date("2027-02-27T00:00:00+07:00"))).toBe(-1);
  });

  it("uses the WIB day, not the server's UTC day", () => {
    // 18.00 UTC on the 15th is already 01.00 WIB on the 16th.
    expect(calendarDaysLeft(closes, new Date("2027-02-15T18:00:00Z"))).toBe(10);
    // A deadline at 06.00 WIB on the 26th is 23.00 UTC on the 25th; still the 26th in WIB.
    expect(calendarDaysLeft(new Date("2027-02-26T06:00:00+07:00"), new Date("2027-02-25T12:00:00+07:00"))).toBe(1);
  });
});
