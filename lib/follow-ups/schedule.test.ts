import { describe, expect, it } from "vitest";
import { addMonths, daysUntilDue, isOverdue, reminderDue, reportOpen } from "./schedule";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const wib = (s: string) => new Date(`${s}+07:00`);

describe("follow-up dates", () => {
  it("are 6 and 12 calendar months after the award's WIB day", () => {
    // 20:00 UTC on 30 Jun is already 1 Jul in WIB.
    expect(addMonths(new Date("2026-06-30T20:00:00Z"), 6)).toEqual(day("2027-01-01"));
    expect(addMonths(wib("2026-08-31T10:00"), 6)).toEqual(day("2027-02-28"));
    expect(addMonths(wib("2026-12-05T10:00"), 12)).toEqual(day("2027-12-05"));
  });

  it("count days to the due day in WIB", () => {
    expect(daysUntilDue(day("2027-06-05"), wib("2027-06-05T23:00"))).toBe(0);
    expect(daysUntilDue(day("2027-06-05"), wib("2027-06-06T00:30"))).toBe(-1);
    expect(isOverdue({ dueOn: day("2027-06-05"), reportedAt: null, remindedAt: null }, wib("2027-06-06T00:30"))).toBe(
      true,
    );
  });
});

describe("follow-up reminders", () => {
  const dueOn = day("2027-06-05");
  const f = (remindedAt: Date | null, reportedAt: Date | null = null) => ({ dueOn, remindedAt, reportedAt });

  it("send one reminder in the two weeks before the due day", () => {
    expect(reminderDue(f(null), wib("2027-05-21T09:00"))).toBeNull();
    expect(reminderDue(f(null), wib("2027-05-22T09:00"))).toBe("soon");
    expect(reminderDue(f(wib("2027-05-22T09:00")), wib("2027-06-05T09:00"))).toBeNull();
  });

  it("send one when it becomes overdue, then weekly", () => {
    const soon = wib("2027-05-22T09:00");
    expect(reminderDue(f(soon), wib("2027-06-06T01:00"))).toBe("overdue");
    const first = wib("2027-06-06T01:00");
    expect(reminderDue(f(first), wib("2027-06-12T23:00"))).toBeNull();
    expect(reminderDue(f(first), wib("2027-06-13T01:00"))).toBe("overdue");
  });

  it("stop once the report is in", () => {
    expect(reminderDue(f(null, wib("2027-06-01T09:00")), wib("2027-07-01T09:00"))).toBeNull();
  });

  it("open the report a month before the due day", () => {
    expect(reportOpen(f(null), wib("2027-05-05T09:00"))).toBe(false);
    expect(reportOpen(f(null), wib("2027-05-06T09:00"))).toBe(true);
  });
});
