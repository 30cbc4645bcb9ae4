// The weighted total of one score sheet, on a 0–100 scale, the same on the screen (live, as the judge types)
// and on the server (stored on submit).
//
// Each score is first placed on its criterion's own scale: (value − scaleMin) / (scaleMax − scaleMin), so the
// lowest mark counts 0 and the highest 1 whatever the scale (1–10, 1–5, 0–100). That fraction times the
// criterion's weight, summed, divided by the weights' sum and times 100, gives the total. Weights sum to 100
// once a round opens, so the division is then just "/ 100"; dividing by the actual sum keeps a rubric being
// drafted (weights 25 + 25) on the same 0–100 scale instead of reading 50 at best.
//
// An unscored criterion counts 0 and makes the total "partial": the screen shows it as such, the server
// stores a total only for a complete sheet.

export type WeightedCriterion = { id: string; weight: number; scaleMin: number; scaleMax: number };

export type WeightedTotal = { total: number; scored: number; of: number; complete: boolean };

export function weightedTotal(
  criteria: readonly WeightedCriterion[],
  values: Readonly<Record<string, number | null | undefined>>,
): WeightedTotal {
  let sumWeights = 0;
  let sum = 0;
  let scored = 0;
  for (const c of criteria) {
    sumWeights += c.weight;
    const v = values[c.id];
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    scored += 1;
    const span = c.scaleMax - c.scaleMin;
    const fraction = span > 0 ? (Math.min(Math.max(v, c.scaleMin), c.scaleMax) - c.scaleMin) / span : 0;
    sum += fraction * c.weight;
  }
  const total = sumWeights > 0 ? (sum / sumWeights) * 100 : 0;
  // Four decimals, as the database column keeps it (Decimal(9, 4)).
  return {
    total: Math.round(total * 10_000) / 10_000,
    scored,
    of: criteria.length,
    complete: criteria.length > 0 && scored === criteria.length,
  };
}

/** "73,25" — the total as the screens show it (two decimals, Indonesian comma). */
export function formatTotal(total: number): string {
  return total.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
