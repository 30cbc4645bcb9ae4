// Pure: a round's scores per entry from its judges' sheets — the raw mean, and per-judge z-scores mapped back
// to the rubric's 0–100 scale when that is meaningful (issue 11; decision 013).
//
// Only submitted sheets of live assignments are given here: a missing or withdrawn sheet is simply absent, so
// it never lowers an entry's mean (the public Jatim system divided by the panel size instead).

export type Sheet = { entryId: string; judgeId: string; total: number };

export type EntryScore = { entryId: string; raw: number; normalised: number | null; sheets: number };

export type JudgeStats = {
  judgeId: string;
  sheets: number;
  mean: number;
  spread: number;
  /** Mean of (this judge's total − the entry's mean from the other judges); negative = harsher. */
  harshness: number | null;
};

export type RoundScores = {
  method: "Z_SCORE" | "NONE";
  /** Why normalisation was not applied although asked for; null when it was (or was not asked for). */
  warning: string | null;
  entries: EntryScore[];
  judges: JudgeStats[];
  /** One sheet's total on the normalised scale (for "why this rank"); null when the round uses raw means. */
  normaliseSheet: ((s: Sheet) => number) | null;
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const spreadOf = (xs: number[], m = mean(xs)) => Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** Judges and entries linked by sheets form one connected graph: then every judge is comparable to every other. */
export function isConnected(sheets: Sheet[]): boolean {
  if (sheets.length === 0) return true;
  // Union–find over judges and entries with path halving: near-linear for a round's 15,000 sheets.
  const index = new Map<string, number>();
  const parent: number[] = [];
  const node = (key: string) => {
    let i = index.get(key);
    if (i === undefined) {
      i = parent.length;
      index.set(key, i);
      parent.push(i);
    }
    return i;
  };
  const find = (x: number) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  let groups = 0;
  for (const s of sheets) {
    const before = parent.length;
    const a = find(node(`j:${s.judgeId}`));
    const b = find(node(`e:${s.entryId}`));
    groups += parent.length - before;
    if (a !== b) {
      parent[a] = b;
      groups -= 1;
    }
  }
  return groups === 1;
}

/**
 * Why per-judge normalisation would not be meaningful for these sheets, or null when it is: every judge needs
 * at least `minSheets` sheets with some spread, and the judge–entry graph must be connected.
 */
export function normalisationIssue(sheets: Sheet[], minSheets: number): string | null {
  const byJudge = groupBy(sheets, (s) => s.judgeId);
  const few = [...byJudge.values()].filter((list) => list.length < minSheets).length;
  if (few > 0) return `${few} juri menilai kurang dari ${minSheets} usulan; nilai mentah dipakai.`;
  const flat = [...byJudge.values()].filter((list) => spreadOf(list.map((s) => s.total)) === 0).length;
  if (flat > 0) return `${flat} juri memberi nilai yang sama untuk semua usulannya; nilai mentah dipakai.`;
  if (!isConnected(sheets)) return "Juri terbagi dalam kelompok yang tidak berbagi usulan; nilai mentah dipakai.";
  return null;
}

export function roundScores(sheets: Sheet[], options: { method: "Z_SCORE" | "NONE"; minSheets: number }): RoundScores {
  const byEntry = groupBy(sheets, (s) => s.entryId);
  const byJudge = groupBy(sheets, (s) => s.judgeId);
  const issue = options.method === "Z_SCORE" ? normalisationIssue(sheets, options.minSheets) : null;
  const normalise = options.method === "Z_SCORE" && issue === null && sheets.length > 0;

  // z-scores per judge, mapped back onto the pooled mean and spread of all sheets (so 0–100 still reads as marks).
  const pooledMean = sheets.length ? mean(sheets.map((s) => s.total)) : 0;
  const pooledSpread = sheets.length ? spreadOf(sheets.map((s) => s.total)) : 0;
  const judgeMoments = new Map(
    [...byJudge].map(([id, list]) => {
      const xs = list.map((s) => s.total);
      const m = mean(xs);
      return [id, { m, sd: spreadOf(xs, m) }];
    }),
  );
  const mapped = (s: Sheet) => {
    const { m, sd } = judgeMoments.get(s.judgeId)!;
    return pooledMean + ((s.total - m) / sd) * pooledSpread;
  };

  const entries: EntryScore[] = [...byEntry].map(([entryId, list]) => ({
    entryId,
    raw: mean(list.map((s) => s.total)),
    normalised: normalise ? mean(list.map(mapped)) : null,
    sheets: list.length,
  }));

  // The other judges' mean of an entry is (sum − own) / (count − 1): one pass, no per-sheet arrays.
  const entrySum = new Map<string, number>();
  for (const [id, list] of byEntry)
    entrySum.set(
      id,
      list.reduce((a, s) => a + s.total, 0),
    );
  const judges: JudgeStats[] = [...byJudge].map(([judgeId, list]) => {
    const { m, sd } = judgeMoments.get(judgeId)!;
    let diffSum = 0;
    let diffs = 0;
    for (const s of list) {
      const count = byEntry.get(s.entryId)!.length;
      if (count < 2) continue;
      diffSum += s.total - (entrySum.get(s.entryId)! - s.total) / (count - 1);
      diffs += 1;
    }
    return { judgeId, sheets: list.length, mean: m, spread: sd, harshness: diffs ? diffSum / diffs : null };
  });

  return {
    method: normalise ? "Z_SCORE" : "NONE",
    warning: issue,
    entries,
    judges,
    normaliseSheet: normalise ? mapped : null,
  };
}

/**
 * Entries whose judges disagree strongly: the spread (max − min) of their sheets' totals above `threshold`
 * points. These need a consolidation note before the round closes (issue 11 item 3).
 */
export function divergentEntries(sheets: Sheet[], threshold: number): { entryId: string; spread: number }[] {
  return [...groupBy(sheets, (s) => s.entryId)]
    .map(([entryId, list]) => {
      const xs = list.map((s) => s.total);
      return { entryId, spread: Math.max(...xs) - Math.min(...xs) };
    })
    .filter((e) => e.spread > threshold)
    .sort((a, b) => b.spread - a.spread || a.entryId.localeCompare(b.entryId));
}
