// An edition whose judging is over: one sealed round (weight 1) with one criterion, the demo judge's submitted
// sheets giving each entry the score asked for. Used by the results tests and the results e2e fixture
// (tests/e2e/fixtures/results.ts). Relative imports: the e2e server loads this outside the test runner.
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type ScoredEntry = { unitId: string; institutionId: string; title: string; score: number };

export async function seedScoredEdition(
  prisma: PrismaClient,
  opts: { year: number; topN: number; entries: readonly ScoredEntry[]; judgeId?: string },
) {
  const judgeId = opts.judgeId ?? "user-juri";
  const edition = await prisma.edition.create({
    data: { year: opts.year, theme: `Inovasi Pelayanan Publik ${opts.year}`, status: "JUDGING", topN: opts.topN },
  });
  const round = await prisma.round.create({
    data: {
      editionId: edition.id,
      order: 1,
      kind: "DESK_EVALUATION",
      name: `Evaluasi Proposal ${opts.year}`,
      weight: "1",
      criteria: { create: [{ order: 1, name: "Kualitas", weight: 100, scaleMin: 0, scaleMax: 100 }] },
    },
    include: { criteria: true },
  });
  await prisma.round.update({ where: { id: round.id }, data: { state: "CLOSED" } });
  await prisma.judgeAppointment.create({
    data: { roundId: round.id, userId: judgeId, declarationSignedAt: new Date() },
  });
  const ids: string[] = [];
  for (const e of opts.entries) {
    const innovation = await prisma.innovation.create({ data: { unitId: e.unitId, name: e.title } });
    const p = await prisma.proposal.create({
      data: {
        editionId: edition.id,
        innovationId: innovation.id,
        unitId: e.unitId,
        institutionId: e.institutionId,
        title: e.title,
        status: "PASSED",
        implementationStartedOn: new Date("2023-01-15"),
        submittedAt: new Date(Date.UTC(opts.year, 2, 1)),
      },
    });
    ids.push(p.id);
    await prisma.roundEntry.create({ data: { roundId: round.id, proposalId: p.id } });
    const a = await prisma.assignment.create({ data: { roundId: round.id, proposalId: p.id, judgeId } });
    await prisma.scoreSheet.create({
      data: {
        assignmentId: a.id,
        state: "SUBMITTED",
        submittedAt: new Date(),
        weightedTotal: e.score,
        scores: { create: [{ criterionId: round.criteria[0]!.id, value: e.score }] },
      },
    });
  }
  await prisma.round.update({ where: { id: round.id }, data: { state: "SEALED", sealedAt: new Date() } });
  return { editionId: edition.id, roundId: round.id, proposalIds: ids };
}
