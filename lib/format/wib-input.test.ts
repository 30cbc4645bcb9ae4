import { describe, expect, it } from "vitest";
import { dateToWibInput, isWibInput, WIB_INPUT_RE, wibInputToDate } from "./wib-input";

describe("datetime-local values typed in WIB", () => {
  it("stores a WIB wall-clock time as the UTC instant seven hours earlier", () => {
    expect(wibInputToDate("2027-02-26T23:59")?.toISOString()).toBe("2027-02-26T16:59:00.000Z");
    expect(wibInputToDate("2027-01-01T03:00")?.toISOString()).toBe("2026-12-31T20:00:00.000Z");
    expect(wibInputToDate("2026-11-16T08:00:30")?.toISOString()).toBe("2026-11-16T01:00:30.000Z");
  });

  it("shows a stored instant as the WIB wall-clock time, crossing midnight where needed", () => {
    expect(dateToWibInput(new Date("2027-02-26T16:59:00Z"))).toBe("2027-02-26T23:59");
    expect(dateToWibInput(new Date("2026-12-31T20:00:00Z"))).toBe("2027-01-01T03:00");
    expect(dateToWibInput("2027-06-15T02:00:00.000Z")).toBe("2027-06-15T09:00");
  });

  it("round-trips every hour of a year, with no daylight-saving gap", () => {
    for (let h = 0; h < 24 * 366; h += 7) {
      const instant = new Date(Date.UTC(2027, 0, 1) + h * 3_600_000);
      expect(wibInputToDate(dateToWibInput(instant))?.getTime()).toBe(instant.getTime());
    }
  });

  it("treats empty, malformed and impossible values as no date", () => {
    expect(wibInputToDate("")).toBeNull();
    expect(wibInputToDate(null)).toBeNull();
    expect(wibInputToDate("26/02/2027 23:59")).toBeNull();
    expect(wibInputToDate("2027-02-30T10:00")).toBeNull();
    expect(wibInputToDate("2027-02-26T24:00")).toBeNull();
    expect(isWibInput("2027-02-26T23:59")).toBe(true);
    expect(dateToWibInput(null)).toBe("");
    expect(dateToWibInput("bukan tanggal")).toBe("");
  });

  it("accepts from forms exactly the minute-precision text a datetime-local input sends", () => {
    expect(WIB_INPUT_RE.test("2027-03-05T23:59")).toBe(true);
    expect(WIB_INPUT_RE.test("2027-03-05T23:59:00")).toBe(false);
    expect(WIB_INPUT_RE.test("5 Maret 2027")).toBe(false);
  });
});
