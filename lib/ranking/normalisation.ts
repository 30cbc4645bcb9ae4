// Pure: a round's scores per entry from its judges' sheets — the raw mean, and per-judge z-scores mapped back
// to the rubric's 0–100 scale when that is meaningful (issue 11; decision 013).
//
// Only submitted sheets of live assignments are given here: a missing or withdrawn sheet is simply absent, so
// it never lowers an entry's mean (the public Jatim system divided by the panel size instead).
//
// A large round is 15,000 sheets, read on every ranking screen, export, sealing and advance: the sheets are
// numbered once (entries and judges to small integers) and every figure is a pass over typed arrays, in the
// sheets' order, so the sums are the same as adding the sheets up by hand in that order.

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

export type Divergence = { entryId: string; spread: number };

export type RoundScores = {
  method: "Z_SCORE" | "NONE";
  /** Why normalisation was not applied although asked for; null when it was (or was not asked for). */
  warning: string | null;
  entries: EntryScore[];
  judges: JudgeStats[];
  /** One sheet's total on the normalised scale (for "why this rank"); null when the round uses raw means. */
  normaliseSheet: ((s: Sheet) => number) | null;
  /** Entries whose sheets' totals are further apart (max − min) than `threshold` points, widest first. */
  divergent: (threshold: number) => Divergence[];
};

/**
 * Sheets numbered once: sheet i is by judge `judge[i]` on entry `entry[i]` (indices into `judgeIds` and
 * `entryIds`) with total `total[i]`. `entryIds` may list entries without a sheet (a round's every entry); every
 * judge in `judgeIds` has at least one sheet.
 */
export type NumberedSheets = {
  entryIds: string[];
  judgeIds: string[];
  entry: Int32Array;
  judge: Int32Array;
  total: Float64Array;
};

export function numberSheets(sheets: Sheet[]): NumberedSheets {
  const n = sheets.length;
  const entryIndex = new Map<string, number>();
  const judgeIndex = new Map<string, number>();
  const entryIds: string[] = [];
  const judgeIds: string[] = [];
  const entry = new Int32Array(n);
  const judge = new Int32Array(n);
  const total = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = sheets[i]!;
    let e = entryIndex.get(s.entryId);
    if (e === undefined) entryIndex.set(s.entryId, (e = entryIds.push(s.entryId) - 1));
    let j = judgeIndex.get(s.judgeId);
    if (j === undefined) judgeIndex.set(s.judgeId, (j = judgeIds.push(s.judgeId) - 1));
    entry[i] = e;
    judge[i] = j;
    total[i] = s.total;
  }
  return { entryIds, judgeIds, entry, judge, total };
}

/** Count, mean and spread (population standard deviation, two passes) of the totals per group. */
function moments(group: Int32Array, total: Float64Array, groups: number) {
  const count = new Int32Array(groups);
  const sum = new Float64Array(groups);
  for (let i = 0; i < total.length; i++) {
    count[group[i]!]! += 1;
    sum[group[i]!]! += total[i]!;
  }
  const mean = new Float64Array(groups);
  for (let g = 0; g < groups; g++) mean[g] = sum[g]! / count[g]!;
  const squares = new Float64Array(groups);
  for (let i = 0; i < total.length; i++) squares[group[i]!]! += (total[i]! - mean[group[i]!]!) ** 2;
  const spread = new Float64Array(groups);
  for (let g = 0; g < groups; g++) spread[g] = Math.sqrt(squares[g]! / count[g]!);
  return { count, sum, mean, spread };
}

/** Judges and entries linked by sheets form one connected graph (a union–find with path halving). */
function connected({ entry, judge, judgeIds, entryIds }: NumberedSheets, entrySheets: Int32Array): boolean {
  const J = judgeIds.length;
  const parent = new Int32Array(J + entryIds.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (x: number) => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  // Entries without a sheet are not part of the graph.
  let groups = J + entrySheets.filter((n) => n > 0).length;
  for (let i = 0; i < entry.length; i++) {
    const a = find(judge[i]!);
    const b = find(J + entry[i]!);
    if (a !== b) {
      parent[a] = b;
      groups -= 1;
    }
  }
  return groups <= 1;
}

/** Judges and entries linked by sheets form one connected graph: then every judge is comparable to every other. */
export function isConnected(sheets: Sheet[]): boolean {
  const x = numberSheets(sheets);
  return connected(x, moments(x.entry, x.total, x.entryIds.length).count);
}

type Moments = ReturnType<typeof moments>;

function issueOf(x: NumberedSheets, entries: Moments, judges: Moments, minSheets: number) {
  const few = judges.count.filter((n) => n < minSheets).length;
  if (few > 0) return `${few} juri menilai kurang dari ${minSheets} usulan; nilai mentah dipakai.`;
  const flat = judges.spread.filter((sd) => sd === 0).length;
  if (flat > 0) return `${flat} juri memberi nilai yang sama untuk semua usulannya; nilai mentah dipakai.`;
  if (!connected(x, entries.count))
    return "Juri terbagi dalam kelompok yang tidak berbagi usulan; nilai mentah dipakai.";
  return null;
}

/**
 * Why per-judge normalisation would not be meaningful for these sheets, or null when it is: every judge needs
 * at least `minSheets` sheets with some spread, and the judge–entry graph must be connected.
 */
export function normalisationIssue(sheets: Sheet[], minSheets: number): string | null {
  const x = numberSheets(sheets);
  const entries = moments(x.entry, x.total, x.entryIds.length);
  return issueOf(x, entries, moments(x.judge, x.total, x.judgeIds.length), minSheets);
}

type Options = { method: "Z_SCORE" | "NONE"; minSheets: number };

export function roundScores(sheets: Sheet[], options: Options): RoundScores {
  return scoreNumbered(numberSheets(sheets), options);
}

/** `roundScores` on sheets already numbered (a round's ranking reads them that way from the database). */
export function scoreNumbered(x: NumberedSheets, options: Options): RoundScores {
  const { entry, judge, total } = x;
  const E = x.entryIds.length;
  const n = total.length;
  const byEntry = moments(entry, total, E);
  const byJudge = moments(judge, total, x.judgeIds.length);
  const issue = options.method === "Z_SCORE" ? issueOf(x, byEntry, byJudge, options.minSheets) : null;
  const normalise = options.method === "Z_SCORE" && issue === null && n > 0;

  // z-scores per judge, mapped back onto the pooled mean and spread of all sheets (so 0–100 still reads as marks).
  let pooledSum = 0;
  for (let i = 0; i < n; i++) pooledSum += total[i]!;
  const pooledMean = n ? pooledSum / n : 0;
  let pooledSquares = 0;
  for (let i = 0; i < n; i++) pooledSquares += (total[i]! - pooledMean) ** 2;
  const pooledSpread = n ? Math.sqrt(pooledSquares / n) : 0;
  const onScale = (value: number, j: number) =>
    pooledMean + ((value - byJudge.mean[j]!) / byJudge.spread[j]!) * pooledSpread;

  // One pass: the normalised sums, the widest gap between an entry's sheets, and each judge's difference from
  // the other judges of the same entry ((sum − own) / (count − 1)).
  const normalisedSum = new Float64Array(E);
  const low = new Float64Array(E).fill(Infinity);
  const high = new Float64Array(E).fill(-Infinity);
  const diffSum = new Float64Array(x.judgeIds.length);
  const diffs = new Int32Array(x.judgeIds.length);
  for (let i = 0; i < n; i++) {
    const e = entry[i]!;
    const j = judge[i]!;
    const t = total[i]!;
    if (normalise) normalisedSum[e]! += onScale(t, j);
    if (t < low[e]!) low[e] = t;
    if (t > high[e]!) high[e] = t;
    const count = byEntry.count[e]!;
    if (count >= 2) {
      diffSum[j]! += t - (byEntry.sum[e]! - t) / (count - 1);
      diffs[j]! += 1;
    }
  }

  // Entries in the order of their first sheet; an entry without a sheet has no score.
  const entries: EntryScore[] = [];
  const seen = new Uint8Array(E);
  for (let i = 0; i < n; i++) {
    const e = entry[i]!;
    if (seen[e]) continue;
    seen[e] = 1;
    entries.push({
      entryId: x.entryIds[e]!,
      raw: byEntry.mean[e]!,
      normalised: normalise ? normalisedSum[e]! / byEntry.count[e]! : null,
      sheets: byEntry.count[e]!,
    });
  }
  const judges: JudgeStats[] = x.judgeIds.map((judgeId, j) => ({
    judgeId,
    sheets: byJudge.count[j]!,
    mean: byJudge.mean[j]!,
    spread: byJudge.spread[j]!,
    harshness: diffs[j] ? diffSum[j]! / diffs[j]! : null,
  }));
  const judgeIndex = new Map(x.judgeIds.map((id, j) => [id, j]));

  return {
    method: normalise ? "Z_SCORE" : "NONE",
    warning: issue,
    entries,
    judges,
    normaliseSheet: normalise ? (s) => onScale(s.total, judgeIndex.get(s.judgeId)!) : null,
    divergent: (threshold) =>
      x.entryIds
        .flatMap((entryId, e) =>
          byEntry.count[e] && high[e]! - low[e]! > threshold ? [{ entryId, spread: high[e]! - low[e]! }] : [],
        )
        .sort((a, b) => b.spread - a.spread || a.entryId.localeCompare(b.entryId)),
  };
}

/**
 * Entries whose judges disagree strongly: the spread (max − min) of their sheets' totals above `threshold`
 * points. These need a consolidation note before the round closes (issue 11 item 3).
 */
export function divergentEntries(sheets: Sheet[], threshold: number): Divergence[] {
  return roundScores(sheets, { method: "NONE", minSheets: 0 }).divergent(threshold);
}
