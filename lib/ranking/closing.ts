import "server-only";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import type { prisma } from "@/lib/db";
import { DomainError, fieldError, found } from "@/lib/errors";
import { weightedTotal } from "@/lib/judging/weighted-total";
import { divergentEntries } from "./normalisation";
import { computeRoundRanking, scoresFingerprint, type RoundRanking } from "./round-ranking";
import type { ConsolidateInput, CorrectScoreInput } from "./schemas";
import type { z } from "zod";
import type { sealRoundSchema, thresholdSchema } from "./schemas";

// From a closed round to a sealed one (issue 11 items 3 and 5): consolidation notes on the entries whose
// judges diverge, the admin's recorded score correction, and sealing with the fingerprint of the scores.
// Judges stop writing when the round closes (lib/judging/score-access.ts); from then on a score changes only
// through correctScore: an admin, a reason, a ScoreChange row and an audit entry. In a sealed round the
// database refuses any other score write (trigger kovablik_check_score).

type Db = Tx | typeof prisma;

async function lockedRound(tx: Tx, roundId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Round" WHERE "id" = ${roundId} FOR UPDATE`;
  return found(
    await tx.round.findUnique({
      where: { id: roundId },
      select: { id: true, name: true, state: true, divergenceThreshold: true, minSheetsPerJudge: true },
    }),
    "Babak",
  );
}

const notClosed = () =>
  new DomainError(
    "CONFLICT",
    "Tutup penilaian babak ini dahulu: konsolidasi dan penyegelan dilakukan setelah juri selesai.",
  );

export async function updateRankingSettings(actor: Actor, input: z.infer<typeof thresholdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = await lockedRound(tx, input.roundId);
    if (before.state === "SEALED") throw new DomainError("CONFLICT", "Babak sudah disegel; pengaturannya tetap.");
    await tx.round.update({
      where: { id: before.id },
      data: { divergenceThreshold: input.divergenceThreshold, minSheetsPerJudge: input.minSheetsPerJudge },
    });
    await audit({
      action: "round.update-ranking-settings",
      entityType: "Round",
      entityId: before.id,
      before: { divergenceThreshold: before.divergenceThreshold, minSheetsPerJudge: before.minSheetsPerJudge },
      after: { divergenceThreshold: input.divergenceThreshold, minSheetsPerJudge: input.minSheetsPerJudge },
    });
    return { name: before.name };
  });
}

export async function consolidate(actor: Actor, input: ConsolidateInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockedRound(tx, input.roundId);
    if (round.state !== "CLOSED") throw round.state === "SEALED" ? sealed() : notClosed();
    // Only this entry's spread is needed: its submitted sheets, not the whole round's ranking.
    const sheets = await tx.scoreSheet.findMany({
      where: {
        state: "SUBMITTED",
        weightedTotal: { not: null },
        assignment: { roundId: round.id, proposalId: input.proposalId, state: "ASSIGNED" },
      },
      select: { weightedTotal: true, assignment: { select: { judgeId: true } } },
    });
    const [flagged] = divergentEntries(
      sheets.map((s) => ({
        entryId: input.proposalId,
        judgeId: s.assignment.judgeId,
        total: s.weightedTotal!.toNumber(),
      })),
      round.divergenceThreshold.toNumber(),
    );
    if (!flagged)
      throw new DomainError(
        "CONFLICT",
        "Nilai para juri untuk usulan ini tidak berselisih melebihi ambang; catatan tidak diperlukan.",
      );
    const before = await tx.consolidation.findUnique({
      where: { roundId_proposalId: { roundId: round.id, proposalId: input.proposalId } },
    });
    const data = { outcome: input.outcome, note: input.note, spread: flagged.spread, createdById: actor.id };
    const after = await tx.consolidation.upsert({
      where: { roundId_proposalId: { roundId: round.id, proposalId: input.proposalId } },
      create: { roundId: round.id, proposalId: input.proposalId, ...data },
      update: { ...data, createdAt: new Date() },
    });
    await audit({
      action: "consolidation.record",
      entityType: "Proposal",
      entityId: input.proposalId,
      before: before ? { outcome: before.outcome, note: before.note } : undefined,
      after: { round: round.name, outcome: after.outcome, note: after.note, spread: flagged.spread },
    });
    return { outcome: after.outcome };
  });
}

const sealed = () =>
  new DomainError("CONFLICT", "Babak ini sudah disegel; nilai hanya dapat dikoreksi admin dengan alasan.");

/**
 * What keeps a closed round from being sealed, in words; empty when it can be sealed. A caller that has just
 * computed the round's ranking passes it in instead of having it computed twice.
 */
export async function sealingProblems(db: Db, roundId: string, computed?: RoundRanking): Promise<string[]> {
  const ranking = computed ?? (await computeRoundRanking(db, roundId));
  const state = ranking.round.state;
  if (state === "SEALED") return ["Babak ini sudah disegel."];
  if (state === "DRAFT") return ["Babak ini belum dibuka; para juri belum menilai."];
  if (state !== "CLOSED")
    return ["Penilaian masih berjalan: tutup babak dahulu (tab “Pengaturan & rubrik”, tombol “Tutup babak”)."];
  const notes = await db.consolidation.findMany({ where: { roundId }, select: { proposalId: true } });
  const noted = new Set(notes.map((n) => n.proposalId));
  const missing = ranking.divergent.filter((d) => !noted.has(d.entryId)).length;
  const problems: string[] = [];
  if (missing) problems.push(`${missing} usulan dengan nilai juri yang berselisih belum diberi catatan konsolidasi.`);
  const unscored = ranking.entries.filter((e) => e.rank === null).length;
  if (unscored) problems.push(`${unscored} usulan belum memiliki satu pun lembar nilai terkirim.`);
  return problems;
}

export async function sealRound(actor: Actor, input: z.infer<typeof sealRoundSchema>, now = new Date()) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await lockedRound(tx, input.roundId);
      const problems = await sealingProblems(tx, round.id);
      if (problems.length) throw new DomainError("CONFLICT", `Babak belum dapat disegel: ${problems[0]}`);
      const fingerprint = await scoresFingerprint(tx, round.id);
      const sheets = await tx.scoreSheet.count({
        where: { state: "SUBMITTED", assignment: { roundId: round.id, state: "ASSIGNED" } },
      });
      await tx.round.update({
        where: { id: round.id },
        data: { state: "SEALED", sealedAt: now, sealedById: actor.id, scoresFingerprint: fingerprint },
      });
      await audit({
        action: "round.seal",
        entityType: "Round",
        entityId: round.id,
        before: { state: "CLOSED" },
        after: { state: "SEALED", scoresFingerprint: fingerprint, sheets },
      });
      return { name: round.name, fingerprint };
    },
    { timeout: 60_000 },
  );
}

/**
 * An admin's correction of one score after judging closed, with its reason: the score, the sheet's total, a
 * ScoreChange row, the audit entry and — in a sealed round — the round's new fingerprint, in one transaction.
 */
export async function correctScore(actor: Actor, input: CorrectScoreInput) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await lockedRound(tx, input.roundId);
      if (round.state !== "CLOSED" && round.state !== "SEALED")
        throw new DomainError("CONFLICT", "Selama babak dibuka, nilai diubah oleh juri sendiri dari lembar nilainya.");
      const sheet = found(
        await tx.scoreSheet.findFirst({
          where: { id: input.sheetId, state: "SUBMITTED", assignment: { roundId: round.id, state: "ASSIGNED" } },
          select: {
            id: true,
            assignment: { select: { proposalId: true, judge: { select: { name: true } } } },
            scores: { select: { criterionId: true, value: true } },
          },
        }),
        "Lembar nilai",
      );
      const criteria = await tx.criterion.findMany({
        where: { roundId: round.id },
        select: { id: true, name: true, weight: true, scaleMin: true, scaleMax: true },
      });
      const criterion = criteria.find((c) => c.id === input.criterionId);
      if (!criterion) throw fieldError("criterionId", "Kriteria ini bukan bagian dari rubrik babak.");
      if (input.value < criterion.scaleMin || input.value > criterion.scaleMax)
        throw fieldError("value", `Nilai harus antara ${criterion.scaleMin} dan ${criterion.scaleMax}.`);
      const old = sheet.scores.find((s) => s.criterionId === criterion.id)?.value.toNumber() ?? null;
      if (old === input.value) throw fieldError("value", "Nilai ini sama dengan nilai sekarang.");

      // The trigger lets a sealed round's score change only inside a transaction that says it is a correction.
      if (round.state === "SEALED") await tx.$executeRaw`SELECT set_config('kovablik.sealed_correction', 'on', true)`;
      await tx.score.upsert({
        where: { sheetId_criterionId: { sheetId: sheet.id, criterionId: criterion.id } },
        create: { sheetId: sheet.id, criterionId: criterion.id, value: input.value },
        update: { value: input.value },
      });
      const values = Object.fromEntries(sheet.scores.map((s) => [s.criterionId, s.value.toNumber()]));
      values[criterion.id] = input.value;
      const rubric = criteria.map((c) => ({ ...c, weight: c.weight.toNumber() }));
      const total = weightedTotal(rubric, values).total;
      await tx.scoreSheet.update({
        where: { id: sheet.id },
        data: { weightedTotal: total, version: { increment: 1 } },
      });
      await tx.scoreChange.create({
        data: {
          sheetId: sheet.id,
          criterionId: criterion.id,
          oldValue: old,
          newValue: input.value,
          reason: input.reason,
          changedById: actor.id,
        },
      });
      const fingerprint = round.state === "SEALED" ? await scoresFingerprint(tx, round.id) : null;
      if (fingerprint) await tx.round.update({ where: { id: round.id }, data: { scoresFingerprint: fingerprint } });
      await audit({
        action: "score.correct",
        entityType: "ScoreSheet",
        entityId: sheet.id,
        before: { criterion: criterion.name, value: old },
        after: {
          criterion: criterion.name,
          value: input.value,
          weightedTotal: total,
          judge: sheet.assignment.judge.name,
          reason: input.reason,
          ...(fingerprint ? { scoresFingerprint: fingerprint } : {}),
        },
      });
      return { proposalId: sheet.assignment.proposalId, weightedTotal: total };
    },
    { timeout: 60_000 },
  );
}
