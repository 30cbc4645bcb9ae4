import "server-only";
import { fileSlug } from "@/lib/format/file-name";
import { auditedWrite } from "@/lib/audit/audited-write";
import { mailLink } from "@/lib/notifications/public-url";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, found } from "@/lib/errors";
import { formatDeadlineWIB } from "@/lib/format/date";
import { enqueueNotification } from "@/lib/notifications/outbox";
import {
  STAGE_STATE,
  summariseProgress,
  type AssignmentRow,
  type RoundProgress,
  type SheetStage,
} from "./progress-summary";
import type { RemindJudgesInput } from "./progress-schemas";
import { SHEET_STATE_LABEL } from "./sheet-state";
import { mailLetter } from "@/lib/notifications/letter";

// Issue 10 item 6: where a round's scoring stands, for the secretariat — per judge and per entry — with
// reminders through the outbox and the same table as a file.

export const JUDGE_REMINDER_TEMPLATE = "judging.reminder";

const roundSelect = {
  id: true,
  name: true,
  state: true,
  opensAt: true,
  closesAt: true,
  edition: { select: { year: true } },
} as const;

async function assignmentRows(roundId: string): Promise<AssignmentRow[]> {
  const rows = await prisma.assignment.findMany({
    where: { roundId, state: "ASSIGNED" },
    select: {
      judge: { select: { id: true, name: true, email: true } },
      entry: { select: { proposal: { select: { id: true, title: true, unit: { select: { name: true } } } } } },
      sheet: { select: { id: true, state: true } },
    },
    orderBy: [{ judge: { name: "asc" } }, { proposalId: "asc" }],
  });
  return rows.map((r) => ({
    judgeId: r.judge.id,
    judgeName: r.judge.name,
    judgeEmail: r.judge.email,
    proposalId: r.entry.proposal.id,
    title: r.entry.proposal.title,
    unitName: r.entry.proposal.unit.name,
    stage: (r.sheet?.state === "SUBMITTED" ? "submitted" : r.sheet ? "draft" : "not-started") as SheetStage,
    ...(r.sheet ? { sheetId: r.sheet.id } : {}),
  }));
}

export type RoundProgressView = RoundProgress & {
  round: { id: string; name: string; state: string; closesAt: Date | null; year: number };
};

async function loadRound(actor: Actor, roundId: string) {
  authorize(actor, "judging:manage");
  return found(await prisma.round.findUnique({ where: { id: roundId }, select: roundSelect }), "Babak");
}

export async function roundProgress(actor: Actor, roundId: string, now = new Date()): Promise<RoundProgressView> {
  const round = await loadRound(actor, roundId);
  const summary = summariseProgress(await assignmentRows(round.id), round.closesAt, now);
  return {
    ...summary,
    round: { id: round.id, name: round.name, state: round.state, closesAt: round.closesAt, year: round.edition.year },
  };
}

export type ReminderResult = { judges: number; sheets: number };

/**
 * One mail per judge who still owes sheets in an open round (or to the one judge named), listing them with the
 * round's deadline and a link to their desk. Recorded in the audit log; nothing is sent when nobody owes work.
 */
export async function remindJudges(actor: Actor, input: RemindJudgesInput): Promise<ReminderResult> {
  authorize(actor, "judging:manage");
  return auditedWrite(actor, async (tx, audit) => {
    const round = found(await tx.round.findUnique({ where: { id: input.roundId }, select: roundSelect }), "Babak");
    if (round.state !== "OPEN") {
      throw new DomainError("CONFLICT", "Pengingat hanya dapat dikirim selama babak dibuka untuk penilaian.");
    }
    const open = await tx.assignment.findMany({
      where: {
        roundId: round.id,
        state: "ASSIGNED",
        ...(input.judgeId ? { judgeId: input.judgeId } : {}),
        OR: [{ sheet: null }, { sheet: { state: "DRAFT" } }],
      },
      select: {
        judge: { select: { id: true, name: true, email: true, status: true } },
        entry: { select: { proposal: { select: { title: true } } } },
      },
      orderBy: [{ judgeId: "asc" }, { proposalId: "asc" }],
    });
    const byJudge = new Map<string, { judge: (typeof open)[number]["judge"]; titles: string[] }>();
    for (const a of open) {
      if (a.judge.status !== "ACTIVE") continue;
      const j = byJudge.get(a.judge.id) ?? { judge: a.judge, titles: [] };
      j.titles.push(a.entry.proposal.title);
      byJudge.set(a.judge.id, j);
    }
    if (byJudge.size === 0) {
      throw new DomainError(
        "CONFLICT",
        input.judgeId
          ? "Juri ini tidak memiliki lembar nilai yang belum dikirim."
          : "Semua juri sudah mengirim lembar nilainya.",
      );
    }
    const deadline = round.closesAt ? formatDeadlineWIB(round.closesAt) : null;
    for (const { judge, titles } of byJudge.values()) {
      await enqueueNotification(tx, {
        recipientEmail: judge.email,
        recipientId: judge.id,
        template: JUDGE_REMINDER_TEMPLATE,
        subject: `Pengingat penilaian KOVABLIK ${round.edition.year}: ${titles.length} usulan belum dinilai`,
        body: mailLetter(judge.name, [
          `Pada ${round.name} KOVABLIK ${round.edition.year}, ${titles.length} lembar nilai Anda belum dikirim${deadline ? `; babak ditutup ${deadline}` : ""}:`,
          ...titles.map((t) => `- ${t}`),
          "",
          "Lanjutkan penilaian (draf Anda tersimpan):",
          mailLink(`/juri/babak/${round.id}`),
        ]),
      });
    }
    const result = { judges: byJudge.size, sheets: [...byJudge.values()].reduce((n, j) => n + j.titles.length, 0) };
    await audit({
      action: "round.remind-judges",
      entityType: "Round",
      entityId: round.id,
      after: { ...result, judgeId: input.judgeId ?? null },
    });
    return result;
  });
}

/** The progress table as a file: one row per assignment, in the screen's words. */
export async function progressExportRows(
  actor: Actor,
  roundId: string,
): Promise<{ fileBase: string; rows: string[][] }> {
  const round = await loadRound(actor, roundId);
  const rows = await assignmentRows(round.id);
  const header = ["No", "Juri", "Email juri", "Usulan", "Unit", "Lembar nilai"];
  return {
    fileBase: `progres-penilaian-${round.edition.year}-${fileSlug(round.name, "babak")}`,
    rows: [
      header,
      ...rows.map((r, i) => [
        String(i + 1),
        r.judgeName,
        r.judgeEmail,
        r.title,
        r.unitName,
        SHEET_STATE_LABEL[STAGE_STATE[r.stage]],
      ]),
    ],
  };
}
