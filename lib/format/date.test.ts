import { describe, expect, it } from "vitest";
import { formatDateTimeRangeWIB, formatDateTimeWIB, formatDateWIB, formatDeadlineWIB, formatTimeWIB } from "./date";

describe("dates in WIB", () => {
  it("shows a UTC instant in Jakarta time, in Indonesian", () => {
    // 16:59 UTC is 23:59 WIB on the same day.
    expect(formatDateTimeWIB(new Date("2027-02-26T16:59:00Z"))).toBe("26 Februari 2027 pukul 23.59 WIB");
    expect(formatTimeWIB(new Date("2027-02-26T16:59:00Z"))).toBe("23.59 WIB");
  });

  it("rolls over to the next day when UTC is still on the previous one", () => {
    expect(formatDateWIB(new Date("2026-12-31T17:30:00Z"))).toBe("1 Januari 2027");
  });

  it("says plainly when a date is missing", () => {
    expect(formatDateTimeWIB(null)).toBe("—");
    expect(formatDateTimeRangeWIB(null, null)).toBe("Jadwal belum ditetapkan");
  });

  it("shows a deadline to the second, so 23.59 does not read as the whole minute", () => {
    expect(formatDeadlineWIB(new Date("2027-02-26T16:59:00Z"))).toBe("26 Februari 2027 pukul 23.59.00 WIB");
    expect(formatDeadlineWIB(new Date("2027-02-26T16:59:59.999Z"))).toBe("26 Februari 2027 pukul 23.59.59 WIB");
    expect(formatDeadlineWIB(new Date("2026-12-31T17:00:00Z"))).toBe("1 Januari 2027 pukul 00.00.00 WIB");
    expect(formatDeadlineWIB(null, "belum ditetapkan")).toBe("belum ditetapkan");
  });
});
