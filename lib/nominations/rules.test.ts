import { describe, expect, it } from "vitest";
import { checkNationalRules, currentStage, monthsBetween, stageProblem, type NominationFacts } from "./rules";
import { inNationalOrder } from "./national-sections";

const base: NominationFacts = {
  implementationStartedOn: new Date("2024-03-10"),
  minImplementationMonths: 12,
  earlierNationalAwards: [],
  institutionNominations: 0,
  nationalQuota: 3,
  institutionName: "Kabupaten Malang",
  now: new Date("2026-12-01T10:00:00Z"),
};
const failed = (f: Partial<NominationFacts>) =>
  checkNationalRules({ ...base, ...f })
    .filter((c) => !c.passed)
    .map((c) => c.rule);

describe("national rules", () => {
  it("passes an entry that meets every rule", () => {
    expect(failed({})).toEqual([]);
  });

  it("counts whole months of implementation", () => {
    expect(monthsBetween(new Date("2025-12-01"), new Date("2026-12-01"))).toBe(12);
    expect(monthsBetween(new Date("2025-12-02"), new Date("2026-12-01"))).toBe(11);
  });

  it("refuses an innovation younger than the minimum, or without a start date", () => {
    expect(failed({ implementationStartedOn: new Date("2026-01-15") })).toEqual(["implementation-age"]);
    expect(failed({ implementationStartedOn: new Date("2024-03-10"), minImplementationMonths: 36 })).toEqual([
      "implementation-age",
    ]);
    expect(failed({ implementationStartedOn: null })).toEqual(["implementation-age"]);
    const young = checkNationalRules({ ...base, implementationStartedOn: new Date("2026-06-01") })[0]!;
    expect(young.detail).toContain("Baru diterapkan 6 bulan");
    expect(young.detail).toContain("1 tahun");
  });

  it("refuses an innovation that already won nationally", () => {
    const checks = checkNationalRules({ ...base, earlierNationalAwards: [{ year: 2024, stage: "TOP_45" }] });
    expect(checks.find((c) => c.rule === "earlier-national-award")).toMatchObject({
      passed: false,
      detail: "Inovasi ini sudah meraih Top 45 KIPP pada 2024.",
    });
  });

  it("refuses once the institution's national quota is used", () => {
    expect(failed({ institutionNominations: 2 })).toEqual([]);
    expect(failed({ institutionNominations: 3 })).toEqual(["national-quota"]);
    expect(failed({ institutionNominations: 0, nationalQuota: 0 })).toEqual(["national-quota"]);
  });
});

describe("national outcome history", () => {
  it("is the furthest stage, and NOT_ADVANCED ends it", () => {
    expect(currentStage([])).toBeNull();
    expect(currentStage([{ stage: "SUBMITTED" }, { stage: "TOP_99" }, { stage: "PASSED_ADMINISTRATION" }])).toBe(
      "TOP_99",
    );
    expect(currentStage([{ stage: "TOP_99" }, { stage: "NOT_ADVANCED" }])).toBe("NOT_ADVANCED");
  });

  it("refuses a repeated, earlier or post-exit stage", () => {
    const h = [{ stage: "SUBMITTED" as const }, { stage: "TOP_99" as const }];
    expect(stageProblem(h, "TOP_45")).toBeNull();
    expect(stageProblem(h, "NOT_ADVANCED")).toBeNull();
    expect(stageProblem(h, "TOP_99")).toContain("sudah tercatat");
    expect(stageProblem(h, "PASSED_ADMINISTRATION")).toContain("sebelum tahap terakhir");
    expect(stageProblem([...h, { stage: "NOT_ADVANCED" }], "TOP_45")).toContain("tidak melaju");
    expect(stageProblem([{ stage: "AWARDED" }], "NOT_ADVANCED")).toContain("sudah meraih");
  });
});

describe("national section order", () => {
  it("maps the edition's keys to the national order and puts unmapped sections last", () => {
    const form = [
      { key: "ringkasan", order: 0 },
      { key: "masalah", order: 1 },
      { key: "tpb", order: 2 },
      { key: "keberlanjutan", order: 3 },
      { key: "dampak", order: 4 },
      { key: "kebaruan", order: 5 },
      { key: "catatan", order: 6 },
    ];
    const ordered = inNationalOrder(form);
    expect(ordered.map((s) => s.key)).toEqual([
      "ringkasan",
      "masalah",
      "kebaruan",
      "dampak",
      "keberlanjutan",
      "tpb",
      "catatan",
    ]);
    expect(ordered[1]!.national?.title).toBe("Latar belakang dan tujuan");
    expect(ordered[5]!.national).toBeNull();
  });

  it("keeps a second section of the same slot, after the mapped ones", () => {
    const ordered = inNationalOrder([
      { key: "dampak", order: 0 },
      { key: "manfaat", order: 1 },
      { key: "ringkasan", order: 2 },
    ]);
    expect(ordered.map((s) => [s.key, s.national?.slot ?? null])).toEqual([
      ["ringkasan", 1],
      ["dampak", 5],
      ["manfaat", null],
    ]);
  });
});
