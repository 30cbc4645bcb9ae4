import { describe, expect, it } from "vitest";
import { isHundred, levelsIssue } from "./round-rules";
import { presetCriteria, RUBRIC_PRESET_KEYS, RUBRIC_PRESETS } from "./rubric-presets";
import { rubricSchema } from "./schemas";

const weights = (key: keyof typeof RUBRIC_PRESETS) =>
  Object.fromEntries(RUBRIC_PRESETS[key].criteria.map((c) => [c.name, c.weight]));

describe("rubric presets", () => {
  it("weigh the KOVABLIK desk rubric by proposal section as the province publishes it", () => {
    expect(weights("KOVABLIK_DESK")).toEqual({
      "Latar belakang dan tujuan": 10,
      Kebaruan: 15,
      Implementasi: 5,
      Signifikansi: 30,
      Adaptabilitas: 20,
      "Sumber daya": 5,
      "Strategi keberlanjutan": 15,
    });
  });

  it("weigh the presentation rubric delivery 30, substance 50, video 10, head of region 10", () => {
    expect(weights("KOVABLIK_PRESENTATION")).toEqual({
      Penyampaian: 30,
      Substansi: 50,
      Video: 10,
      "Kehadiran kepala daerah": 10,
    });
  });

  it("carry the five national core criteria", () => {
    expect(Object.keys(weights("NATIONAL_CORE"))).toEqual([
      "Kebaruan",
      "Efektivitas",
      "Kemanfaatan",
      "Kemudahan direplikasi",
      "Keberlanjutan",
    ]);
  });

  it.each(RUBRIC_PRESET_KEYS)(
    "%s sums to 100 %%, has guidance for every level of its scale, and passes the rubric form's own check",
    (key) => {
      const criteria = presetCriteria(key);
      expect(isHundred(criteria.map((c) => c.weight))).toBe(true);
      for (const c of criteria) {
        expect(c.description.length).toBeGreaterThan(10);
        expect(c.levels.length).toBeGreaterThan(0);
        expect(levelsIssue(c.levels, c.scaleMin, c.scaleMax)).toBeNull();
        for (const l of c.levels) expect(l.text.length).toBeGreaterThan(3);
      }
      expect(rubricSchema.safeParse({ criteria }).success).toBe(true);
    },
  );

  it("hands out copies, so editing one never changes the preset", () => {
    const copy = presetCriteria("KOVABLIK_DESK");
    copy[0]!.weight = 99;
    copy[0]!.levels[0]!.text = "diubah";
    expect(RUBRIC_PRESETS.KOVABLIK_DESK.criteria[0]!.weight).toBe(10);
    expect(RUBRIC_PRESETS.KOVABLIK_DESK.criteria[0]!.levels[0]!.text).not.toBe("diubah");
  });
});
