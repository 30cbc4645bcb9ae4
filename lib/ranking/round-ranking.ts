import "server-only";
import type { Tx } from "@/lib/audit/audited-write";
import { prisma, type Prisma } from "@/lib/db";
import { found } from "@/lib/errors";
import { scoreNumbered, type EntryScore, type JudgeStats, type NumberedSheets } from "./normalisation";
import { rankEntries, type RankInput, type Ranked } from "./ranking";

// A round's ranking computed from its sheets, every time (nothing cached that could drift from the sheets):
// per entry the mean of its submitted sheets and the normalised score when the round uses it and the guard
// allows, the declared tie-break, the distance to the cut, and the entries whose judges diverge.
//
// The sheets come in one query that returns one row: the round's entries, and per live assignment its entry,
// judge and submitted total, each list packed into one string by the server. 15,000 sheets then cost the
// server one scan with no grouping or sorting, and Node one split per list instead of 15,000 rows to decode:
// less than the bare SQL aggregate of the means on the same data (npm run bench:ranking measures both;
// decision 013). The arithmetic is one pass over typed arrays (normalisation.ts). The per-criterion means the
// tie-break needs are read only for entries whose scores are equal.

type Db = Tx | typeof prisma;

const roundSelect = {
  id: true,
  name: true,
  order: true,
  kind: true,
  state: true,
  editionId: true,
  normalisation: true,
  minSheetsPerJudge: true,
  divergenceThreshold: true,
  weight: true,
  advanceCount: true,
  sealedAt: true,
  scoresFingerprint: true,
  edition: { select: { year: true } },
  criteria: { select: { id: true, name: true, weight: true }, orderBy: [{ weight: "desc" }, { order: "asc" }] },
} satisfies Prisma.RoundSelect;

type EntryState = "IN" | "ADVANCED" | "ELIMINATED";

export type RankedEntry = {
  proposalId: string;
  state: EntryState;
  /** Submitted sheets and live assignments: "3 dari 3 lembar". */
  sheets: number;
  assigned: number;
  raw: number | null;
  normalised: number | null;
  /** What the ranking uses: normalised when applied, raw otherwise; null before any sheet is submitted. */
  score: number | null;
  rank: number | null;
  tieBreak: string | null;
  distanceToCut: number | null;
};

export type RoundRanking = Awaited<ReturnType<typeof computeRoundRanking>>;

const EPSILON = 1e-6;

export async function computeRoundRanking(db: Db, roundId: string) {
  const [round, read] = await Promise.all([
    db.round.findUnique({ where: { id: roundId }, select: roundSelect }).then((r) => found(r, "Babak")),
    readSheets(db, roundId),
  ]);
  const scored = scoreNumbered(read.sheets, { method: round.normalisation, minSheets: round.minSheetsPerJudge });
  const scoreById = new Map(scored.entries.map((e) => [e.entryId, e]));
  const score = (s: EntryScore) => s.normalised ?? s.raw;

  // Criterion means only where two scores are equal: the tie-break is the only reader.
  // Sorted here, highest first, as rankEntries will: its own sort then finds the order already made.
  const byScore = [...scored.entries].sort((a, b) => score(b) - score(a));
  const near = (i: number, j: number) =>
    byScore[j] !== undefined && Math.abs(score(byScore[i]!) - score(byScore[j]!)) <= EPSILON;
  const tied = byScore.filter((_, i) => near(i, i - 1) || near(i, i + 1)).map((e) => e.entryId);
  const { means: criterionMeans, submittedAt } = await loadTieBreakers(db, roundId, tied);
  const tiedSet = new Set(tied);

  const inputs: RankInput[] = byScore.map((e) => ({
    entryId: e.entryId,
    score: score(e),
    // Only a tied entry is ever compared beyond its score.
    criteria: tiedSet.has(e.entryId)
      ? round.criteria.map((c) => ({ name: c.name, value: criterionMeans.get(`${e.entryId}|${c.id}`) ?? 0 }))
      : [],
    submittedAt: submittedAt.get(e.entryId) ?? LATEST,
  }));
  const cut = round.advanceCount ?? undefined;
  // Built field by field, not spread: 5,000 of these per read of a large round.
  const entry = (id: string, s: EntryScore | undefined, r: Ranked | undefined): RankedEntry => {
    const e = read.entryIndex.get(id)!;
    return {
      proposalId: id,
      state: read.states[e]!,
      sheets: s?.sheets ?? 0,
      assigned: read.assigned[e]!,
      raw: s?.raw ?? null,
      normalised: s?.normalised ?? null,
      score: s ? score(s) : null,
      rank: r?.rank ?? null,
      tieBreak: r?.tieBreak ?? null,
      distanceToCut: r?.distanceToCut ?? null,
    };
  };
  const entries: RankedEntry[] = rankEntries(inputs, cut).map((r) => entry(r.entryId, scoreById.get(r.entryId), r));
  // Entries without a submitted sheet have no rank yet; they follow.
  for (const id of read.sheets.entryIds) if (!scoreById.has(id)) entries.push(entry(id, undefined, undefined));

  const threshold = round.divergenceThreshold.toNumber();
  return {
    round: { ...round, share: round.weight.toNumber() * 100, divergenceThreshold: threshold },
    method: scored.method,
    asked: round.normalisation,
    warning: scored.warning,
    judges: scored.judges satisfies JudgeStats[],
    entries,
    divergent: scored.divergent(threshold),
    /** Submitted sheets of live assignments. */
    sheetCount: read.sheets.total.length,
    normaliseSheet: scored.normaliseSheet,
    cut: cut ?? null,
  };
}

/** Between the ids packed into one string: the ASCII unit separator, which no id (a cuid) or total contains. */
const SEP = "\x1f";

/**
 * The round's entries (with their state and live assignments counted) and its submitted sheets, numbered.
 * Each list arrives as one string; the three lists of assignments come from one aggregate pass, so their i-th
 * items belong to the same assignment.
 */
async function readSheets(db: Db, roundId: string) {
  type Packed = {
    ids: string | null;
    states: string | null;
    entries: string | null;
    judges: string | null;
    totals: string | null;
  };
  const [row] = await db.$queryRaw<Packed[]>`
    SELECT r."ids", r."states", a."entries", a."judges", a."totals"
    FROM (
      SELECT string_agg("proposalId", ${SEP}) AS ids, string_agg("state"::text, ${SEP}) AS states
      FROM "RoundEntry" WHERE "roundId" = ${roundId}
    ) r CROSS JOIN (
      SELECT string_agg(a."proposalId", ${SEP}) AS entries, string_agg(a."judgeId", ${SEP}) AS judges,
        string_agg(coalesce(s."weightedTotal"::text, ''), ${SEP}) AS totals
      FROM "Assignment" a
      LEFT JOIN "ScoreSheet" s ON s."assignmentId" = a."id" AND s."state" = 'SUBMITTED'
      WHERE a."roundId" = ${roundId} AND a."state" = 'ASSIGNED'
    ) a`;
  const list = (packed: string | null | undefined) => (packed ? packed.split(SEP) : []);
  const entryIds = list(row?.ids);
  const states = list(row?.states) as EntryState[];
  const onEntry = list(row?.entries);
  const byJudge = list(row?.judges);
  const totals = list(row?.totals);
  if (states.length !== entryIds.length || byJudge.length !== onEntry.length || totals.length !== onEntry.length)
    throw new Error("Daftar lembar nilai babak tidak utuh.");

  const entryIndex = new Map(entryIds.map((id, e) => [id, e]));
  const judgeIndex = new Map<string, number>();
  const judgeIds: string[] = [];
  const assigned = new Int32Array(entryIds.length);
  const entry = new Int32Array(onEntry.length);
  const judge = new Int32Array(onEntry.length);
  const total = new Float64Array(onEntry.length);
  let n = 0;
  for (let i = 0; i < onEntry.length; i++) {
    const e = entryIndex.get(onEntry[i]!);
    // The assignment's foreign key makes this impossible; a wrong index would be silent, so say it.
    if (e === undefined) throw new Error(`Penugasan untuk usulan di luar babak: ${onEntry[i]}`);
    assigned[e]! += 1;
    if (totals[i] === "") continue; // not submitted
    let j = judgeIndex.get(byJudge[i]!);
    if (j === undefined) judgeIndex.set(byJudge[i]!, (j = judgeIds.push(byJudge[i]!) - 1));
    entry[n] = e;
    judge[n] = j;
    total[n] = Number(totals[i]);
    n += 1;
  }
  const sheets: NumberedSheets = {
    entryIds,
    judgeIds,
    entry: entry.subarray(0, n),
    judge: judge.subarray(0, n),
    total: total.subarray(0, n),
  };
  return { sheets, entryIndex, states, assigned };
}

/** Unknown submission times sort last; only tied entries need theirs. */
const LATEST = new Date(8.64e15);

/** What breaks ties, read only for tied entries, in one query: per-criterion means and when each was submitted. */
async function loadTieBreakers(db: Db, roundId: string, proposalIds: string[]) {
  const means = new Map<string, number>();
  const submittedAt = new Map<string, Date>();
  if (!proposalIds.length) return { means, submittedAt };
  const rows = await db.$queryRaw<
    { proposalId: string; submittedAt: Date | null; criterionId: string | null; mean: number | null }[]
  >`
    SELECT p."id" AS "proposalId", p."submittedAt", m."criterionId", m."mean"
    FROM "Proposal" p
    LEFT JOIN (
      SELECT a."proposalId", sc."criterionId", avg(sc."value")::float8 AS mean
      FROM "Score" sc
      JOIN "ScoreSheet" s ON s."id" = sc."sheetId" AND s."state" = 'SUBMITTED'
      JOIN "Assignment" a ON a."id" = s."assignmentId" AND a."state" = 'ASSIGNED'
      WHERE a."roundId" = ${roundId} AND a."proposalId" = ANY(${proposalIds}::text[])
      GROUP BY a."proposalId", sc."criterionId"
    ) m ON m."proposalId" = p."id"
    WHERE p."id" = ANY(${proposalIds}::text[])`;
  for (const r of rows) {
    if (r.criterionId !== null && r.mean !== null) means.set(`${r.proposalId}|${r.criterionId}`, r.mean);
    if (r.submittedAt) submittedAt.set(r.proposalId, r.submittedAt);
  }
  return { means, submittedAt };
}

/**
 * The fingerprint of a round's submitted scores: SHA-256 over every (sheet, criterion, value), in a fixed order.
 * Stored on the round when sealed, written in the audit log and the minutes; any later change alters it.
 */
export async function scoresFingerprint(db: Db, roundId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ fingerprint: string }[]>`
    SELECT encode(sha256(convert_to(coalesce(string_agg(s."id" || ':' || sc."criterionId" || '=' || sc."value"::text, ';'
      ORDER BY s."id", sc."criterionId"), ''), 'UTF8')), 'hex') AS fingerprint
    FROM "Score" sc
    JOIN "ScoreSheet" s ON s."id" = sc."sheetId" AND s."state" = 'SUBMITTED'
    JOIN "Assignment" a ON a."id" = s."assignmentId" AND a."state" = 'ASSIGNED'
    WHERE a."roundId" = ${roundId}`;
  return row!.fingerprint;
}
