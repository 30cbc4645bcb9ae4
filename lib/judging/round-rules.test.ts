import { describe, expect, it } from "vitest";
import { isHundred, levelsIssue, percentTotal, windowIssue } from "./round-rules";

const at = (iso: string) => new Date(iso);
const edition = { registrationClosesAt: at("2027-02-26T16:59:00Z"), announcementAt: at("2027-06-15T02:00:00Z") };

describe("percent totals", () => {
  it("adds in hundredths, so thirds written as 33.33 + 33.33 + 33.34 make exactly 100", () => {
    expect(isHundred([33.33, 33.33, 33.34])).toBe(true);
    expect(percentTotal([0.1, 0.2])).toBe(0.3);
    expect(isHundred([30, 30, 30])).toBe(false);
    expect(percentTotal([30, 30, 30])).toBe(90);
  });
});

describe("guidance levels", () => {
  it("accept bands that run from the lowest to the highest score without gaps, or none at all", () => {
    expect(levelsIssue([{ min: 1, max: 4 }, { min: 5, max: 10 }], 1, 10)).toBeNull();
    expect(levelsIssue([], 1, 10)).toBeNull();
  });
  it("refuse a gap, an overlap, a band past the scale, or a band upside down", () => {
    expect(levelsIssue([{ min: 1, max: 4 }, { min: 6, max: 10 }], 1, 10)).toMatch(/bersambung/);
    expect(levelsIssue([{ min: 1, max: 5 }, { min: 5, max: 10 }], 1, 10)).toMatch(/bersambung/);
    expect(levelsIssue([{ min: 1, max: 4 }, { min: 5, max: 8 }], 1, 10)).toMatch(/berakhir di nilai tertinggi/);
    expect(levelsIssue([{ min: 1, max: 12 }], 1, 10)).toMatch(/berakhir/);
    expect(levelsIssue([{ min: 4, max: 1 }], 1, 10)).toMatch(/batas bawah/);
  });
});

describe("a round's window in the edition's timeline", () => {
  const w = (opens: string, closes: string) => ({ opensAt: at(opens), closesAt: at(closes) });

  it("fits between the close of registration and the announcement", () => {
    expect(windowIssue(edition, w("2027-03-08T01:00:00Z", "2027-03-29T16:59:00Z"))).toBeNull();
    expect(windowIssue(edition, { opensAt: null, closesAt: null })).toBeNull();
  });

  it("may not open while registration is still open", () => {
    expect(windowIssue(edition, w("2027-02-20T01:00:00Z", "2027-03-29T16:59:00Z"))).toMatchObject({
      field: "opensAt",
      message: "Babak dibuka setelah pendaftaran ditutup (26 Februari 2027 pukul 23.59 WIB).",
    });
  });

  it("may not close after the winners are announced", () => {
    expect(windowIssue(edition, w("2027-03-08T01:00:00Z", "2027-06-20T01:00:00Z"))).toMatchObject({ field: "closesAt" });
  });

  it("must close after it opens", () => {
    expect(windowIssue(edition, w("2027-03-08T01:00:00Z", "2027-03-08T01:00:00Z"))).toMatchObject({ field: "closesAt" });
  });

  it("follows the round before it and ends before the round after it opens", () => {
    const previous = { name: "Evaluasi Proposal", ...w("2027-03-08T01:00:00Z", "2027-03-29T16:59:00Z") };
    const next = { name: "Kunjungan Lapangan", ...w("2027-05-01T01:00:00Z", "2027-05-10T10:00:00Z") };
    expect(windowIssue(edition, w("2027-04-19T01:00:00Z", "2027-04-30T10:00:00Z"), { previous, next })).toBeNull();
    expect(windowIssue(edition, w("2027-03-20T01:00:00Z", "2027-04-30T10:00:00Z"), { previous, next })).toMatchObject({
      field: "opensAt",
      message: expect.stringContaining("Evaluasi Proposal"),
    });
    expect(windowIssue(edition, w("2027-04-19T01:00:00Z", "2027-05-02T10:00:00Z"), { previous, next })).toMatchObject({
      field: "closesAt",
      message: expect.stringContaining("Kunjungan Lapangan"),
    });
  });
});
