import { describe, expect, it } from "vitest";
import { rankEntries, type RankInput } from "./ranking";

const entry = (entryId: string, score: number, significance: number, novelty: number, day: number): RankInput => ({
  entryId,
  score,
  criteria: [
    { name: "Signifikansi", value: significance },
    { name: "Adaptabilitas", value: novelty },
  ],
  submittedAt: new Date(Date.UTC(2027, 1, day)),
});

describe("rankEntries", () => {
  it("breaks equal scores by the most weighted criterion, then the next, then the earlier submission", () => {
    const r = rankEntries([
      entry("late", 80, 8, 7, 20),
      entry("top", 91, 9, 9, 10),
      entry("early", 80, 8, 7, 5),
      entry("sig", 80, 9, 6, 25),
      entry("nov", 80, 8, 8, 26),
    ]);
    expect(r.map((x) => [x.entryId, x.rank])).toEqual([
      ["top", 1],
      ["sig", 2],
      ["nov", 3],
      ["early", 4],
      ["late", 5],
    ]);
    expect(r.find((x) => x.entryId === "sig")!.tieBreak).toBe(
      'di atas usulan bernilai sama karena nilai kriteria "Signifikansi" lebih tinggi',
    );
    expect(r.find((x) => x.entryId === "early")!.tieBreak).toBe(
      "di atas usulan bernilai sama karena dikirim ke provinsi lebih awal",
    );
    expect(r.find((x) => x.entryId === "top")!.tieBreak).toBeNull();
  });

  it("lets entries equal on every rule share a rank", () => {
    const r = rankEntries([entry("a", 70, 7, 7, 3), entry("b", 70, 7, 7, 3), entry("c", 60, 6, 6, 1)]);
    expect(r.map((x) => x.rank)).toEqual([1, 1, 3]);
  });

  it("gives each entry its distance to the cut", () => {
    const r = rankEntries([entry("a", 90, 9, 9, 1), entry("b", 85, 8, 8, 1), entry("c", 70, 7, 7, 1)], 2);
    expect(r.map((x) => x.distanceToCut)).toEqual([5, 0, -15]);
  });
});
