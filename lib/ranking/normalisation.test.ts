import { describe, expect, it } from "vitest";
import { divergentEntries, isConnected, roundScores, type Sheet } from "./normalisation";

const sheet = (judgeId: string, entryId: string, total: number): Sheet => ({ judgeId, entryId, total });
const ranking = (scores: { entryId: string; value: number | null }[]) =>
  [...scores].sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).map((s) => s.entryId);

describe("roundScores", () => {
  it("a judge two points lower on every entry leaves the normalised ranking equal to the other judges' ranking", () => {
    const fair: Record<string, [number, number]> = { E1: [81, 79], E2: [70, 74], E3: [66, 61], E4: [52, 55] };
    const sheets = Object.entries(fair).flatMap(([e, [a, b]]) => [
      sheet("A", e, a),
      sheet("B", e, b),
      sheet("C", e, a - 2),
    ]);
    const others = Object.entries(fair).map(([entryId, [a, b]]) => ({ entryId, value: (a + b) / 2 }));
    const r = roundScores(sheets, { method: "Z_SCORE", minSheets: 3 });
    expect(r.method).toBe("Z_SCORE");
    expect(ranking(r.entries.map((e) => ({ entryId: e.entryId, value: e.normalised })))).toEqual(ranking(others));
    expect(r.judges.find((j) => j.judgeId === "C")!.harshness).toBeLessThan(0);
  });

  it("recovers the order a harsh judge hides in the raw means when judges share entries", () => {
    // True quality E1 > E2 > E3 > E4; C is 20 points harsh and happens to score E1 and E4.
    const sheets = [
      sheet("A", "E1", 90),
      sheet("A", "E2", 80),
      sheet("A", "E3", 70),
      sheet("B", "E2", 80),
      sheet("B", "E3", 70),
      sheet("B", "E4", 60),
      sheet("C", "E1", 70),
      sheet("C", "E4", 40),
    ];
    const r = roundScores(sheets, { method: "Z_SCORE", minSheets: 2 });
    const raw = Object.fromEntries(r.entries.map((e) => [e.entryId, e.raw]));
    expect(raw.E1).toBe(raw.E2); // the harsh judge pulled E1 level with E2
    expect(ranking(r.entries.map((e) => ({ entryId: e.entryId, value: e.normalised })))).toEqual([
      "E1",
      "E2",
      "E3",
      "E4",
    ]);
  });

  it("never lowers an entry's mean for a missing sheet", () => {
    const r = roundScores([sheet("A", "E1", 80), sheet("B", "E1", 70)], { method: "NONE", minSheets: 1 });
    expect(r.entries).toEqual([{ entryId: "E1", raw: 75, normalised: null, sheets: 2 }]);
  });

  it("falls back to raw means with a warning when the judges split into groups that share no entry", () => {
    const sheets = [
      sheet("A", "E1", 80),
      sheet("A", "E2", 60),
      sheet("B", "E1", 78),
      sheet("B", "E2", 65),
      sheet("C", "E3", 90),
      sheet("C", "E4", 50),
      sheet("D", "E3", 85),
      sheet("D", "E4", 55),
    ];
    expect(isConnected(sheets)).toBe(false);
    const r = roundScores(sheets, { method: "Z_SCORE", minSheets: 2 });
    expect(r.method).toBe("NONE");
    expect(r.warning).toMatch(/tidak berbagi usulan/);
    expect(r.entries.every((e) => e.normalised === null)).toBe(true);
  });

  it("falls back when a judge has fewer sheets than asked, or gave every entry the same mark", () => {
    const few = roundScores([sheet("A", "E1", 80), sheet("A", "E2", 70), sheet("B", "E1", 75)], {
      method: "Z_SCORE",
      minSheets: 2,
    });
    expect(few.warning).toMatch(/kurang dari 2/);
    const flat = roundScores([sheet("A", "E1", 80), sheet("A", "E2", 70), sheet("B", "E1", 75), sheet("B", "E2", 75)], {
      method: "Z_SCORE",
      minSheets: 2,
    });
    expect(flat.warning).toMatch(/nilai yang sama/);
  });
});

describe("divergentEntries", () => {
  it("flags entries whose judges are further apart than the threshold, widest first", () => {
    const sheets = [
      sheet("A", "E1", 90),
      sheet("B", "E1", 60),
      sheet("A", "E2", 80),
      sheet("B", "E2", 75),
      sheet("A", "E3", 50),
      sheet("B", "E3", 71),
      sheet("C", "E3", 55),
    ];
    expect(divergentEntries(sheets, 20)).toEqual([
      { entryId: "E1", spread: 30 },
      { entryId: "E3", spread: 21 },
    ]);
    expect(divergentEntries([sheet("A", "E9", 70)], 0)).toEqual([]);
  });
});
