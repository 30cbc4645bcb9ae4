import { describe, expect, it } from "vitest";
import { isHundred, levelsIssue, percentTotal } from "./round-rules";

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
    expect(
      levelsIssue(
        [
          { min: 1, max: 4 },
          { min: 5, max: 10 },
        ],
        1,
        10,
      ),
    ).toBeNull();
    expect(levelsIssue([], 1, 10)).toBeNull();
  });
  it("refuse a gap, an overlap, a band past the scale, or a band upside down", () => {
    expect(
      levelsIssue(
        [
          { min: 1, max: 4 },
          { min: 6, max: 10 },
        ],
        1,
        10,
      ),
    ).toMatch(/bersambung/);
    expect(
      levelsIssue(
        [
          { min: 1, max: 5 },
          { min: 5, max: 10 },
        ],
        1,
        10,
      ),
    ).toMatch(/bersambung/);
    expect(
      levelsIssue(
        [
          { min: 1, max: 4 },
          { min: 5, max: 8 },
        ],
        1,
        10,
      ),
    ).toMatch(/berakhir di nilai tertinggi/);
    expect(levelsIssue([{ min: 1, max: 12 }], 1, 10)).toMatch(/berakhir/);
    expect(levelsIssue([{ min: 4, max: 1 }], 1, 10)).toMatch(/batas bawah/);
  });
});
