// The rules of a round's rubric and shares, pure so the forms (live totals), the schemas and the services apply
// the same ones. Tested in round-rules.test.ts. A round's window follows the edition's timeline rule
// (lib/editions/timeline.ts).

/** Percent totals are compared in hundredths, so 33.33 + 33.33 + 33.34 is exactly 100. */
export const toHundredths = (n: number) => Math.round(n * 100);

/** The sum of percent weights, rounded to hundredths (what the screen shows). */
export function percentTotal(weights: number[]): number {
  return weights.reduce((sum, w) => sum + toHundredths(w), 0) / 100;
}

export const isHundred = (weights: number[]) => weights.reduce((sum, w) => sum + toHundredths(w), 0) === 10_000;

type Level = { min: number; max: number };

/**
 * What is wrong with a criterion's guidance levels, or null: each level lies in the scale with min ≤ max,
 * and together they run from scaleMin to scaleMax without gap or overlap, in ascending order. No levels at
 * all is allowed (the guidance is then the description alone).
 */
export function levelsIssue(levels: Level[], scaleMin: number, scaleMax: number): string | null {
  if (levels.length === 0) return null;
  let next = scaleMin;
  for (const l of levels) {
    if (l.min > l.max) return `Tingkat ${l.min}–${l.max}: batas bawah melebihi batas atas.`;
    if (l.min !== next)
      return `Tingkat panduan harus bersambung dari ${scaleMin} sampai ${scaleMax} tanpa celah atau tumpang-tindih (mulai ${next}, bukan ${l.min}).`;
    next = l.max + 1;
  }
  if (next - 1 !== scaleMax) return `Tingkat panduan harus berakhir di nilai tertinggi skala (${scaleMax}).`;
  return null;
}
