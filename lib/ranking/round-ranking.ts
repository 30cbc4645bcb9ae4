import "server-only";
import type { Tx } from "@/lib/audit/audited-write";
import { prisma, type Prisma } from "@/lib/db";
import { found } from "@/lib/errors";
import { divergentEntries, roundScores, type JudgeStats, type Sheet } from "./normalisation";
import { rankEntries, type RankInput } from "./ranking";

// A round's ranking computed from its sheets, every time (nothing cached that could drift from the sheets):
// per entry the mean of its submitted sheets and the normalised score when the round uses it and the guard
// allows, the declared tie-break, the distance to the cut, and the entries whose judges diverge.
//
// The sheets come in one grouped query, one row per entry with its judges and totals as arrays: 5,000 entries ×
// 3 judges arrive as 5,000 rows instead of 15,000 (npm run bench:ranking measures it against a bare SQL
// aggregate). The per-criterion means the tie-break needs are read only for entries whose scores are equal.

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

type EntryRow = {
  id: string;
  state: "IN" | "ADVANCED" | "ELIMINATED";
  assigned: number;
  judges: string[];
  totals: number[];
};

export type RankedEntry = {
  proposalId: string;
  state: EntryRow["state"];
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
  const round = found(await db.round.findUnique({ where: { id: roundId }, select: roundSelect }), "Babak");
  const rows = await db.$queryRaw<EntryRow[]>`
    SELECT e."proposalId" AS id, e."state"::text AS state, count(a."id")::int AS assigned,
      coalesce(array_agg(a."judgeId") FILTER (WHERE s."state" = 'SUBMITTED'), '{}') AS judges,
      coalesce(array_agg(s."weightedTotal"::float8) FILTER (WHERE s."state" = 'SUBMITTED'), '{}') AS totals
    FROM "RoundEntry" e
    LEFT JOIN "Assignment" a ON a."roundId" = e."roundId" AND a."proposalId" = e."proposalId" AND a."state" = 'ASSIGNED'
    LEFT JOIN "ScoreSheet" s ON s."assignmentId" = a."id"
    WHERE e."roundId" = ${roundId}
    GROUP BY e."proposalId", e."state"`;

  const sheets: Sheet[] = [];
  for (const r of rows) r.judges.forEach((judgeId, i) => sheets.push({ entryId: r.id, judgeId, total: r.totals[i]! }));
  const scored = roundScores(sheets, {
    method: round.normalisation,
    minSheets: round.minSheetsPerJudge,
  });
  const byEntry = new Map(scored.entries.map((e) => [e.entryId, e]));
  const scoreOf = (id: string) => {
    const e = byEntry.get(id);
    return e ? (e.normalised ?? e.raw) : null;
  };

  // Criterion means only where two scores are equal: the tie-break is the only reader.
  const withScore = rows.filter((r) => scoreOf(r.id) !== null);
  const byScore = [...withScore].sort((a, b) => scoreOf(a.id)! - scoreOf(b.id)!);
  const near = (i: number, j: number) =>
    byScore[j] !== undefined && Math.abs(scoreOf(byScore[i]!.id)! - scoreOf(byScore[j]!.id)!) <= EPSILON;
  const tied = byScore.filter((_, i) => near(i, i - 1) || near(i, i + 1)).map((r) => r.id);
  const { means: criterionMeans, submittedAt } = await loadTieBreakers(db, roundId, tied);
  const tiedSet = new Set(tied);

  const inputs: RankInput[] = withScore.map((r) => ({
    entryId: r.id,
    score: scoreOf(r.id)!,
    // Only a tied entry is ever compared beyond its score.
    criteria: tiedSet.has(r.id)
      ? round.criteria.map((c) => ({ name: c.name, value: criterionMeans.get(`${r.id}|${c.id}`) ?? 0 }))
      : [],
    submittedAt: submittedAt.get(r.id) ?? LATEST,
  }));
  const cut = round.advanceCount ?? undefined;
  const ranked = rankEntries(inputs, cut);
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const entry = (id: string): Omit<RankedEntry, "rank" | "tieBreak" | "distanceToCut"> => {
    const r = rowById.get(id)!;
    const s = byEntry.get(id);
    return {
      proposalId: id,
      state: r.state,
      sheets: r.judges.length,
      assigned: r.assigned,
      raw: s?.raw ?? null,
      normalised: s?.normalised ?? null,
      score: scoreOf(id),
    };
  };
  const entries: RankedEntry[] = [
    ...ranked.map((r) => ({ ...entry(r.entryId), rank: r.rank, tieBreak: r.tieBreak, distanceToCut: r.distanceToCut })),
    // Entries without a submitted sheet have no rank yet; they follow, oldest submission first.
    ...rows
      .filter((r) => scoreOf(r.id) === null)
      .map((r) => ({ ...entry(r.id), rank: null, tieBreak: null, distanceToCut: null })),
  ];

  const threshold = round.divergenceThreshold.toNumber();
  return {
    round: { ...round, share: round.weight.toNumber() * 100, divergenceThreshold: threshold },
    method: scored.method,
    asked: round.normalisation,
    warning: scored.warning,
    judges: scored.judges satisfies JudgeStats[],
    entries,
    divergent: divergentEntries(sheets, threshold),
    sheets,
    normaliseSheet: scored.normaliseSheet,
    cut: cut ?? null,
  };
}

/** Unknown submission times sort last; only tied entries need theirs. */
const LATEST = new Date(8.64e15);

/** What breaks ties, read only for tied entries: per-criterion means and when each was submitted. */
async function loadTieBreakers(db: Db, roundId: string, proposalIds: string[]) {
  const means = new Map<string, number>();
  const submittedAt = new Map<string, Date>();
  if (!proposalIds.length) return { means, submittedAt };
  const [rows, proposals] = await Promise.all([
    db.$queryRaw<{ proposalId: string; criterionId: string; mean: number }[]>`
      SELECT a."proposalId", sc."criterionId", avg(sc."value")::float8 AS mean
      FROM "Score" sc
      JOIN "ScoreSheet" s ON s."id" = sc."sheetId" AND s."state" = 'SUBMITTED'
      JOIN "Assignment" a ON a."id" = s."assignmentId" AND a."state" = 'ASSIGNED'
      WHERE a."roundId" = ${roundId} AND a."proposalId" = ANY(${proposalIds}::text[])
      GROUP BY a."proposalId", sc."criterionId"`,
    db.proposal.findMany({ where: { id: { in: proposalIds } }, select: { id: true, submittedAt: true } }),
  ]);
  for (const r of rows) means.set(`${r.proposalId}|${r.criterionId}`, r.mean);
  for (const p of proposals) if (p.submittedAt) submittedAt.set(p.id, p.submittedAt);
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
