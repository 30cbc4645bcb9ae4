import "server-only";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, fieldError, found, isUniqueViolation } from "@/lib/errors";
import { formatDeadlineWIB } from "@/lib/format/date";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { mailLink } from "@/lib/notifications/public-url";
import type { SaveOutcome } from "@/lib/proposals/schemas";
import { assertWritable, loadJudgeAssignment, roundWindowProblem } from "./score-access";
import {
  scoreText,
  type ReopenSheetInput,
  type SaveScoresInput,
  type ScoreEntry,
  type ScoreFormValue,
  type SubmitSheetInput,
} from "./score-schemas";
import { weightedTotal } from "./weighted-total";
import { mailLetter } from "@/lib/notifications/letter";

// A judge's score sheet: autosaved drafts with a version as the optimistic lock (as the proposal editor's
// answers, lib/proposals/answers.ts: a conflict is answered with what is there now, not an error), submit
// that locks it, and the secretariat's reopening with a reason. Drafts are the judge's own working state and
// are not audited (every keystroke pause would take the audit chain's lock); submitting records the whole
// sheet in the audit log, and so does reopening.

type Rubric = { id: string; name: string; weight: number; scaleMin: number; scaleMax: number }[];

async function rubricOf(db: Tx | typeof prisma, roundId: string): Promise<Rubric> {
  const rows = await db.criterion.findMany({
    where: { roundId },
    select: { id: true, name: true, weight: true, scaleMin: true, scaleMax: true },
    orderBy: { order: "asc" },
  });
  return rows.map((c) => ({ ...c, weight: Number(c.weight) }));
}

/** Refuses criteria of another round, duplicates, values off the scale and notes without a value. */
function checkEntries(rubric: Rubric, entries: readonly ScoreEntry[]): void {
  const byId = new Map(rubric.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (const e of entries) {
    const c = byId.get(e.criterionId);
    if (!c || seen.has(e.criterionId))
      throw fieldError("scores", "Kriteria penilaian tidak dikenal; muat ulang halaman.");
    seen.add(e.criterionId);
    if (e.value !== null && (e.value < c.scaleMin || e.value > c.scaleMax)) {
      throw fieldError(`scores.${c.id}`, `Nilai "${c.name}" harus antara ${c.scaleMin} dan ${c.scaleMax}.`);
    }
    if (e.value === null && e.comment)
      throw fieldError(`scores.${c.id}`, `Beri nilai "${c.name}" agar catatannya ikut tersimpan.`);
  }
}

const valuesOf = (scores: { criterionId: string; value: unknown }[]) =>
  Object.fromEntries(scores.map((s) => [s.criterionId, Number(s.value)]));

/** The sheet as the scoring form holds it. */
export function toFormValue(scores: { criterionId: string; value: unknown; comment: string | null }[]): ScoreFormValue {
  return Object.fromEntries(
    scores.map((s) => [s.criterionId, { value: scoreText(Number(s.value)), comment: s.comment ?? "" }]),
  );
}

async function writeScores(tx: Tx, sheetId: string, entries: readonly ScoreEntry[]) {
  const cleared = entries.filter((e) => e.value === null).map((e) => e.criterionId);
  if (cleared.length) await tx.score.deleteMany({ where: { sheetId, criterionId: { in: cleared } } });
  for (const e of entries) {
    if (e.value === null) continue;
    const data = { value: e.value, comment: e.comment || null };
    await tx.score.upsert({
      where: { sheetId_criterionId: { sheetId, criterionId: e.criterionId } },
      create: { sheetId, criterionId: e.criterionId, ...data },
      update: data,
    });
  }
}

/** Nothing was written because the version moved (another tab): roll back and say what is there now. */
class VersionMoved extends Error {}

export async function saveScores(
  actor: Actor,
  input: SaveScoresInput,
  now = new Date(),
): Promise<SaveOutcome<ScoreFormValue>> {
  const a = await loadJudgeAssignment(actor, input.roundId, input.proposalId);
  assertWritable(a, now);
  const rubric = await rubricOf(prisma, a.roundId);
  checkEntries(rubric, input.scores);
  const conflict = async (): Promise<SaveOutcome<ScoreFormValue>> => {
    const current = await prisma.scoreSheet.findUnique({
      where: { assignmentId: a.id },
      select: {
        state: true,
        version: true,
        updatedAt: true,
        scores: { select: { criterionId: true, value: true, comment: true } },
      },
    });
    if (current?.state === "SUBMITTED")
      throw new DomainError("FORBIDDEN", "Lembar nilai ini sudah dikirim dan terkunci.");
    return {
      saved: false,
      conflict: {
        value: toFormValue(current?.scores ?? []),
        version: current?.version ?? 0,
        savedAt: (current?.updatedAt ?? now).toISOString(),
        savedBy: actor.name,
      },
    };
  };
  // Only complete sheets carry a total (the desk and the secretariat's progress read it).
  const stored = a.sheet
    ? await prisma.score.findMany({ where: { sheetId: a.sheet.id }, select: { criterionId: true, value: true } })
    : [];
  const merged: Record<string, number | null> = valuesOf(stored);
  for (const e of input.scores) merged[e.criterionId] = e.value;
  const total = weightedTotal(rubric, merged);
  const storedTotal = total.complete ? total.total : null;
  try {
    const after = await prisma.$transaction(async (tx) => {
      if (input.baseVersion === 0) {
        // A first save; if another tab created the sheet a moment ago, the unique assignment refuses this one.
        const sheet = await tx.scoreSheet.create({
          data: { assignmentId: a.id, weightedTotal: storedTotal },
          select: { id: true },
        });
        await writeScores(tx, sheet.id, input.scores);
        return tx.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id }, select: { version: true, updatedAt: true } });
      }
      // Only the save that read the current version writes, and only while the sheet is a draft of a live
      // assignment in an open round (a submit, a removal or the round's closing since the checks above wins).
      const moved = await tx.scoreSheet.updateMany({
        where: {
          assignmentId: a.id,
          version: input.baseVersion,
          state: "DRAFT",
          assignment: { state: "ASSIGNED", round: { state: "OPEN" } },
        },
        data: { version: { increment: 1 }, weightedTotal: storedTotal },
      });
      if (moved.count === 0) throw new VersionMoved();
      const sheet = await tx.scoreSheet.findUniqueOrThrow({
        where: { assignmentId: a.id },
        select: { id: true, version: true, updatedAt: true },
      });
      await writeScores(tx, sheet.id, input.scores);
      return sheet;
    });
    return { saved: true, version: after.version, savedAt: after.updatedAt.toISOString() };
  } catch (e) {
    if (e instanceof VersionMoved || isUniqueViolation(e)) return conflict();
    throw e;
  }
}

/** Locks the sheet: every criterion scored within its scale, from the version the judge is looking at. */
export async function submitSheet(actor: Actor, input: SubmitSheetInput, now = new Date()) {
  const a = await loadJudgeAssignment(actor, input.roundId, input.proposalId);
  assertWritable(a, now);
  if (!a.sheet) throw new DomainError("INVALID", "Belum ada nilai yang tersimpan. Isi semua kriteria terlebih dahulu.");
  const sheetId = a.sheet.id;
  return auditedWrite(actor, async (tx, audit) => {
    const before = found(
      await tx.scoreSheet.findUnique({
        where: { id: sheetId },
        select: {
          id: true,
          state: true,
          version: true,
          scores: { select: { criterionId: true, value: true, comment: true } },
        },
      }),
      "Lembar nilai",
    );
    if (before.version !== input.version) {
      throw new DomainError(
        "CONFLICT",
        "Lembar nilai ini baru saja berubah (tab atau perangkat lain). Periksa nilainya, lalu kirim lagi.",
      );
    }
    const rubric = await rubricOf(tx, a.roundId);
    const values = valuesOf(before.scores);
    const missing = rubric.filter((c) => values[c.id] === undefined);
    if (missing.length) {
      throw new DomainError("INVALID", `Belum dinilai: ${missing.map((c) => c.name).join(", ")}.`, {
        scores: missing.map((c) => `"${c.name}" belum dinilai.`),
      });
    }
    // The trigger holds the scale on every write; a rubric edited since (a wider or narrower scale) shows here.
    const off = rubric.find((c) => values[c.id]! < c.scaleMin || values[c.id]! > c.scaleMax);
    if (off) throw new DomainError("INVALID", `Nilai "${off.name}" harus antara ${off.scaleMin} dan ${off.scaleMax}.`);
    const total = weightedTotal(rubric, values).total;
    const locked = await tx.scoreSheet.updateMany({
      where: {
        id: sheetId,
        version: input.version,
        state: "DRAFT",
        assignment: { state: "ASSIGNED", round: { state: "OPEN" } },
      },
      data: { state: "SUBMITTED", submittedAt: now, weightedTotal: total, version: { increment: 1 } },
    });
    if (locked.count === 0)
      throw new DomainError("CONFLICT", "Lembar nilai tidak dapat dikirim sekarang; muat ulang halaman.");
    await audit({
      action: "score-sheet.submit",
      entityType: "ScoreSheet",
      entityId: sheetId,
      before: { state: before.state, version: before.version },
      after: {
        state: "SUBMITTED",
        version: before.version + 1,
        weightedTotal: total,
        scores: before.scores.map((s) => ({ ...s, value: Number(s.value) })),
      },
    });
    return { sheetId, weightedTotal: total };
  });
}

/** The secretariat reopens a submitted sheet before the round closes; the judge is told why. */
export async function reopenSheet(actor: Actor, input: ReopenSheetInput, now = new Date()) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = found(
      await tx.scoreSheet.findUnique({
        where: { id: input.sheetId },
        select: {
          id: true,
          state: true,
          version: true,
          submittedAt: true,
          weightedTotal: true,
          assignment: {
            select: {
              roundId: true,
              proposalId: true,
              state: true,
              round: { select: { id: true, name: true, state: true, opensAt: true, closesAt: true, editionId: true } },
              entry: { select: { proposal: { select: { title: true } } } },
              judge: { select: { id: true, name: true, email: true, status: true } },
            },
          },
        },
      }),
      "Lembar nilai",
    );
    const { assignment: as } = before;
    if (before.state !== "SUBMITTED")
      throw new DomainError("CONFLICT", "Lembar nilai ini belum dikirim; juri masih dapat mengubahnya.");
    if (as.state !== "ASSIGNED") throw new DomainError("CONFLICT", "Penugasan lembar nilai ini sudah dicabut.");
    const closed = roundWindowProblem(as.round, now);
    if (closed)
      throw new DomainError("DEADLINE", `Lembar nilai hanya dapat dibuka kembali selama babak berlangsung. ${closed}`);
    const reopened = await tx.scoreSheet.updateMany({
      where: { id: before.id, version: before.version, state: "SUBMITTED" },
      data: { state: "DRAFT", submittedAt: null, version: { increment: 1 } },
    });
    if (reopened.count === 0) throw new DomainError("CONFLICT", "Lembar nilai baru saja berubah; muat ulang halaman.");
    await audit({
      action: "score-sheet.reopen",
      entityType: "ScoreSheet",
      entityId: before.id,
      before: {
        state: before.state,
        version: before.version,
        submittedAt: before.submittedAt,
        weightedTotal: before.weightedTotal,
      },
      after: { state: "DRAFT", version: before.version + 1, reason: input.reason },
    });
    if (as.judge.status === "ACTIVE") {
      const deadline = as.round.closesAt ? ` sebelum ${formatDeadlineWIB(as.round.closesAt)}` : "";
      await enqueueNotification(tx, {
        recipientEmail: as.judge.email,
        recipientId: as.judge.id,
        template: "judging.sheet-reopened",
        subject: `Lembar nilai dibuka kembali: ${as.entry.proposal.title}`,
        body: mailLetter(as.judge.name, [
          `Sekretariat membuka kembali lembar nilai Anda untuk usulan "${as.entry.proposal.title}" pada ${as.round.name}.`,
          `Alasan: ${input.reason}`,
          "",
          `Periksa dan kirim kembali lembar nilai tersebut${deadline}:`,
          mailLink(`/juri/babak/${as.roundId}/${as.proposalId}`),
        ]),
      });
    }
    return { sheetId: before.id, judgeName: as.judge.name };
  });
}
