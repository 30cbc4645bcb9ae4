import { describe, expect, it } from "vitest";
import { selectAdvancing, type AdvanceCandidate } from "./advancement";

// Six entries ranked 1–6: four kabupaten/kota, one provincial agency (rank 5), one BUMD (rank 6).
const c = (id: string, rank: number, kind: string, region = "Kota Surabaya"): AdvanceCandidate => ({
  proposalId: id,
  rank,
  score: 100 - rank * 5,
  groups: { kind, region },
});
const field = [
  c("a", 1, "KAB_KOTA"),
  c("b", 2, "KAB_KOTA", "Kabupaten Malang"),
  c("c", 3, "KAB_KOTA"),
  c("d", 4, "KAB_KOTA", "Kabupaten Malang"),
  c("e", 5, "PROVINCIAL_AGENCY", "Provinsi"),
  c("f", 6, "BUMD", "Provinsi"),
];

describe("selectAdvancing", () => {
  it("takes the top N, everyone at or above the passing grade, or the hand-picked set", () => {
    expect(selectAdvancing(field, { rule: "TOP_N", topN: 3 }).advanced).toEqual(["a", "b", "c"]);
    // scores: 95, 90, 85, 80, 75, 70 — a grade of 85 takes the first three, the boundary included.
    expect(selectAdvancing(field, { rule: "PASSING_GRADE", passingGrade: 85 }).advanced).toEqual(["a", "b", "c"]);
    expect(selectAdvancing(field, { rule: "HAND_PICKED", picked: ["f", "a"] }).advanced).toEqual(["a", "f"]);
  });

  it("a minimum per kind brings in the best of that kind and gives up the lowest other place, keeping N", () => {
    const r = selectAdvancing(field, { rule: "TOP_N", topN: 3 }, [{ by: "kind", group: "PROVINCIAL_AGENCY", min: 1 }]);
    expect(r.advanced).toEqual(["a", "b", "e"]);
    expect(r.adjustments).toEqual([
      {
        proposalId: "e",
        moved: "in",
        reason: expect.stringContaining("paling sedikit 1 untuk Perangkat daerah provinsi"),
      },
      { proposalId: "c", moved: "out", reason: expect.stringContaining("Perangkat daerah provinsi") },
    ]);
  });

  it("a maximum per region lets the next entry from elsewhere take the place", () => {
    const r = selectAdvancing(field, { rule: "TOP_N", topN: 4 }, [{ by: "region", group: "Kabupaten Malang", max: 1 }]);
    expect(r.advanced).toEqual(["a", "b", "c", "e"]);
    expect(r.adjustments.map((a) => [a.proposalId, a.moved])).toEqual([
      ["d", "out"],
      ["e", "in"],
    ]);
  });

  it("does not give a place up to a minimum when that would break another group's minimum: it says so", () => {
    const r = selectAdvancing(field, { rule: "TOP_N", topN: 1 }, [
      { by: "kind", group: "KAB_KOTA", min: 1 },
      { by: "kind", group: "BUMD", min: 1 },
    ]);
    expect(r.advanced).toEqual(["a", "f"]);
    expect(r.adjustments).toEqual([{ proposalId: "f", moved: "in", reason: expect.any(String) }]);
    expect(r.unmet).toEqual([expect.stringContaining("BUMD menambah jumlah yang lolos")]);
  });

  it("says when a minimum cannot be met, and with a passing grade adds without removing", () => {
    const r = selectAdvancing(field, { rule: "PASSING_GRADE", passingGrade: 90 }, [
      { by: "kind", group: "BUMD", min: 1 },
      { by: "kind", group: "OTHER", min: 1 },
    ]);
    expect(r.advanced).toEqual(["a", "b", "f"]);
    expect(r.unmet).toEqual([expect.stringContaining("Lainnya: hanya 0 usulan")]);
  });

  it("entries untouched by any balance rule have no adjustment", () => {
    expect(
      selectAdvancing(field, { rule: "TOP_N", topN: 6 }, [{ by: "kind", group: "BUMD", max: 1 }]).adjustments,
    ).toEqual([]);
  });
});
