import { describe, expect, it } from "vitest";
import { registrationDaysLeft, registrationPhase, timelineOf, windowState } from "./phase";

const at = (iso: string) => new Date(iso);
const edition = {
  registrationOpensAt: at("2027-03-01T01:00:00Z"),
  registrationClosesAt: at("2027-03-31T16:59:00Z"),
};

describe("registrationPhase", () => {
  it("is upcoming before the opening, open between, closed after the closing", () => {
    expect(registrationPhase(edition, at("2027-02-28T00:00:00Z"))).toBe("upcoming");
    expect(registrationPhase(edition, at("2027-03-01T01:00:00Z"))).toBe("open");
    expect(registrationPhase(edition, at("2027-03-31T16:59:00Z"))).toBe("open");
    expect(registrationPhase(edition, at("2027-03-31T16:59:01Z"))).toBe("closed");
  });

  it("is unscheduled without an opening date, unless the closing date has passed", () => {
    const noOpening = { registrationOpensAt: null, registrationClosesAt: at("2027-03-31T16:59:00Z") };
    expect(registrationPhase(noOpening, at("2027-03-10T00:00:00Z"))).toBe("unscheduled");
    expect(registrationPhase(noOpening, at("2027-04-01T00:00:00Z"))).toBe("closed");
    expect(
      registrationPhase({ registrationOpensAt: null, registrationClosesAt: null }, at("2027-04-01T00:00:00Z")),
    ).toBe("unscheduled");
  });
});

describe("registrationDaysLeft", () => {
  // Calendar days in WIB, as the dashboard counts them (issue 9): it used to round hours up, one more than the
  // dashboard for most of the day (31 Mar 17.00 WIB gave 1, 21 Mar 23.00 WIB gave 11).
  it("counts WIB calendar days to the closing day while registration is open", () => {
    expect(registrationDaysLeft(edition, at("2027-03-31T10:00:00Z"))).toBe(0);
    expect(registrationDaysLeft(edition, at("2027-03-21T16:59:00Z"))).toBe(10);
    expect(registrationDaysLeft(edition, at("2027-03-21T16:00:00Z"))).toBe(10);
  });

  it("is null when registration is not open or has no closing date", () => {
    expect(registrationDaysLeft(edition, at("2027-02-01T00:00:00Z"))).toBeNull();
    expect(registrationDaysLeft(edition, at("2027-04-01T00:00:00Z"))).toBeNull();
    expect(registrationDaysLeft({ ...edition, registrationClosesAt: null }, at("2027-03-10T00:00:00Z"))).toBeNull();
  });
});

describe("windowState", () => {
  const start = at("2027-05-01T00:00:00Z");
  const end = at("2027-05-10T00:00:00Z");
  it("follows the clock through a dated window", () => {
    expect(windowState(start, end, at("2027-04-30T00:00:00Z"))).toBe("upcoming");
    expect(windowState(start, end, start)).toBe("current");
    expect(windowState(start, end, end)).toBe("current");
    expect(windowState(start, end, at("2027-05-10T00:00:01Z"))).toBe("done");
  });
  it("is unknown without dates and upcoming with only an end ahead", () => {
    expect(windowState(null, null, start)).toBe("unknown");
    expect(windowState(null, end, start)).toBe("upcoming");
  });
});

describe("timelineOf", () => {
  it("lists registration, the rounds in order, then the announcement as one moment", () => {
    const announcementAt = at("2027-08-17T02:00:00Z");
    const entries = timelineOf({
      ...edition,
      announcementAt,
      rounds: [
        { name: "Evaluasi proposal", opensAt: null, closesAt: null },
        { name: "Presentasi dan wawancara", opensAt: null, closesAt: null },
      ],
    });
    expect(entries.map((e) => e.label)).toEqual([
      "Pendaftaran dan pengiriman usulan",
      "Evaluasi proposal",
      "Presentasi dan wawancara",
      "Pengumuman pemenang",
    ]);
    expect(entries.at(-1)).toMatchObject({ start: announcementAt, end: announcementAt, single: true });
  });
});
