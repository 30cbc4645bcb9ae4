import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { computeRoundRanking } from "./round-ranking";

// "Why this rank" (issue 11 item 4): everything that put one entry where it is in a round — each judge's sheet
// with its criteria, raw and normalised, the judge's harshness, corrections with their reasons, the
// consolidation note, the tie-break applied, the neighbours and the distance to the cut, and the round's share
// in the final score. Admin-only: it shows each judge's sheet.

export async function entryExplanation(actor: Actor, roundId: string, proposalId: string) {
  authorize(actor, "ranking:manage");
  const ranking = await computeRoundRanking(prisma, roundId);
  const index = ranking.entries.findIndex((e) => e.proposalId === proposalId);
  if (index < 0) throw notFound("Usulan pada babak ini");
  const entry = ranking.entries[index]!;
  const [proposal, assignments, consolidation, rounds] = await Promise.all([
    prisma.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: { id: true, title: true, submittedAt: true, unit: { select: { name: true } } },
    }),
    prisma.assignment.findMany({
      where: { roundId, proposalId, state: "ASSIGNED" },
      orderBy: { judge: { name: "asc" } },
      select: {
        judge: { select: { id: true, name: true } },
        sheet: {
          select: {
            id: true,
            state: true,
            weightedTotal: true,
            submittedAt: true,
            scores: { select: { criterionId: true, value: true, comment: true } },
            changes: {
              orderBy: { changedAt: "asc" },
              select: {
                criterionId: true,
                oldValue: true,
                newValue: true,
                reason: true,
                changedAt: true,
                changedBy: { select: { name: true } },
              },
            },
          },
        },
      },
    }),
    prisma.consolidation.findUnique({ where: { roundId_proposalId: { roundId, proposalId } } }),
    prisma.round.findMany({
      where: { editionId: ranking.round.editionId },
      orderBy: { order: "asc" },
      select: { id: true, name: true, order: true, weight: true },
    }),
  ]);
  const criteria = await prisma.criterion.findMany({
    where: { roundId },
    orderBy: { order: "asc" },
    select: { id: true, name: true, weight: true, scaleMin: true, scaleMax: true },
  });
  const critName = new Map(criteria.map((c) => [c.id, c.name]));
  const judgeStats = new Map(ranking.judges.map((j) => [j.judgeId, j]));
  const sheets = assignments.map((a) => {
    const submitted = a.sheet?.state === "SUBMITTED" && a.sheet.weightedTotal !== null;
    const total = submitted ? a.sheet!.weightedTotal!.toNumber() : null;
    const values = new Map(a.sheet?.scores.map((s) => [s.criterionId, s]) ?? []);
    return {
      judgeName: a.judge.name,
      sheetId: a.sheet?.id ?? null,
      submitted,
      total,
      normalised:
        total !== null && ranking.normaliseSheet
          ? ranking.normaliseSheet({ entryId: proposalId, judgeId: a.judge.id, total })
          : null,
      harshness: judgeStats.get(a.judge.id)?.harshness ?? null,
      scores: criteria.map((c) => ({
        criterionId: c.id,
        name: c.name,
        weight: c.weight.toNumber(),
        scale: `${c.scaleMin}–${c.scaleMax}`,
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        value: values.get(c.id)?.value.toNumber() ?? null,
        comment: values.get(c.id)?.comment ?? null,
      })),
      changes: (a.sheet?.changes ?? []).map((ch) => ({
        criterion: critName.get(ch.criterionId) ?? "—",
        oldValue: ch.oldValue?.toNumber() ?? null,
        newValue: ch.newValue.toNumber(),
        reason: ch.reason,
        at: ch.changedAt,
        by: ch.changedBy?.name ?? "—",
      })),
    };
  });
  const neighbour = (i: number) => {
    const e = ranking.entries[i];
    return e && e.rank !== null ? { rank: e.rank, score: e.score!, proposalId: e.proposalId } : null;
  };
  return {
    round: ranking.round,
    method: ranking.method,
    warning: ranking.warning,
    cut: ranking.cut,
    proposal,
    entry,
    above: neighbour(index - 1),
    below: neighbour(index + 1),
    sheets,
    consolidation,
    divergence: ranking.divergent.find((d) => d.entryId === proposalId)?.spread ?? null,
    shares: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      share: r.weight.toNumber() * 100,
      current: r.id === roundId,
    })),
  };
}
export type EntryExplanation = Awaited<ReturnType<typeof entryExplanation>>;
