import { describe, expect, it } from "vitest";
import { formatTotal, weightedTotal } from "./weighted-total";

const kovablikDesk = [
  { id: "latar", weight: 10, scaleMin: 1, scaleMax: 10 },
  { id: "kebaruan", weight: 15, scaleMin: 1, scaleMax: 10 },
  { id: "implementasi", weight: 5, scaleMin: 1, scaleMax: 10 },
  { id: "signifikansi", weight: 30, scaleMin: 1, scaleMax: 10 },
  { id: "adaptabilitas", weight: 20, scaleMin: 1, scaleMax: 10 },
  { id: "sumber-daya", weight: 5, scaleMin: 1, scaleMax: 10 },
  { id: "keberlanjutan", weight: 15, scaleMin: 1, scaleMax: 10 },
];
const all = (v: number) => Object.fromEntries(kovablikDesk.map((c) => [c.id, v]));

describe("weightedTotal", () => {
  it("gives 0 for the lowest mark everywhere and 100 for the highest", () => {
    expect(weightedTotal(kovablikDesk, all(1))).toEqual({ total: 0, scored: 7, of: 7, complete: true });
    expect(weightedTotal(kovablikDesk, all(10)).total).toBe(100);
  });

  it("weighs each criterion by its weight after placing the value on its own scale", () => {
    // Only significance (weight 30) at the top, everything else at the bottom: 30 of 100.
    expect(weightedTotal(kovablikDesk, { ...all(1), signifikansi: 10 }).total).toBe(30);
    // Halfway on a 1–5 scale (3) with weight 40, top of a 0–100 scale with weight 60: 0.5·40 + 1·60 = 80.
    const mixed = [
      { id: "a", weight: 40, scaleMin: 1, scaleMax: 5 },
      { id: "b", weight: 60, scaleMin: 0, scaleMax: 100 },
    ];
    expect(weightedTotal(mixed, { a: 3, b: 100 }).total).toBe(80);
  });

  it("keeps a rubric whose weights do not (yet) sum to 100 on the 0–100 scale", () => {
    const draft = [
      { id: "a", weight: 25, scaleMin: 1, scaleMax: 10 },
      { id: "b", weight: 25, scaleMin: 1, scaleMax: 10 },
    ];
    expect(weightedTotal(draft, { a: 10, b: 10 }).total).toBe(100);
  });

  it("counts an unscored criterion as 0 and says the total is partial", () => {
    const r = weightedTotal(kovablikDesk, { signifikansi: 10, adaptabilitas: 10 });
    expect(r).toEqual({ total: 50, scored: 2, of: 7, complete: false });
    expect(weightedTotal(kovablikDesk, { signifikansi: null }).scored).toBe(0);
    expect(weightedTotal([], {})).toEqual({ total: 0, scored: 0, of: 0, complete: false });
  });

  it("rounds to four decimals, as stored, and formats with an Indonesian comma", () => {
    const thirds = [{ id: "a", weight: 100, scaleMin: 0, scaleMax: 3 }];
    expect(weightedTotal(thirds, { a: 1 }).total).toBe(33.3333);
    expect(formatTotal(73.25)).toBe("73,25");
  });
});
