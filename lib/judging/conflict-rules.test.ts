import { describe, expect, it } from "vitest";
import { conflictMatrix, conflictUnitOf, covers, membershipCounts } from "./conflict-rules";

const institutions = new Set(["kabmalang", "dinkesprov"]);
const isInst = (id: string) => institutions.has(id);

describe("conflict rules", () => {
  it("puts the kabupaten above a puskesmas off limits, not just the puskesmas", () => {
    expect(conflictUnitOf("/kabmalang/dinkes/pkm-kepanjen/", isInst)).toBe("kabmalang");
    expect(conflictUnitOf("/prov/dinkesprov/rsud/", isInst)).toBe("dinkesprov");
    // No institution above: the unit itself.
    expect(conflictUnitOf("/prov/", isInst)).toBe("prov");
  });

  it("counts memberships that ended within three years and not older ones", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(membershipCounts({ validTo: null }, now)).toBe(true);
    expect(membershipCounts({ validTo: new Date("2024-06-01T00:00:00Z") }, now)).toBe(true);
    expect(membershipCounts({ validTo: new Date("2023-11-30T00:00:00Z") }, now)).toBe(false);
  });

  it("covers a subtree by path prefix and a single proposal by id", () => {
    const entry = { proposalId: "p1", unitPath: "/kabmalang/dinkes/pkm-kepanjen/" };
    expect(covers({ proposalId: null, unitPath: "/kabmalang/" }, entry)).toBe(true);
    expect(covers({ proposalId: null, unitPath: "/kabmalang-baru/" }, { ...entry, unitPath: "/kabmalang/x/" })).toBe(
      false,
    );
    expect(covers({ proposalId: "p1", unitPath: null }, entry)).toBe(true);
    expect(covers({ proposalId: "p2", unitPath: null }, entry)).toBe(false);
  });

  it("builds the entry × judge matrix", () => {
    const entries = [
      { proposalId: "a", unitPath: "/kabmalang/dinkes/" },
      { proposalId: "b", unitPath: "/kotamalang/dinkes/" },
    ];
    const m = conflictMatrix(
      entries,
      ["j1", "j2"],
      [
        { judgeId: "j1", proposalId: null, unitPath: "/kabmalang/" },
        { judgeId: "j2", proposalId: "b", unitPath: null },
        { judgeId: "stranger", proposalId: "a", unitPath: null },
      ],
    );
    expect(Array.from(m)).toEqual([1, 0, 0, 1]);
  });
});
