import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/audit";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import { DomainError, found } from "@/lib/errors";
import { formatDateWIB } from "@/lib/format/date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { mailLetter } from "@/lib/notifications/letter";
import { mailLink } from "@/lib/notifications/public-url";
import { invalidatePublicSite } from "@/lib/public-site/cache";
import { editionVisibility, publicEditionYears } from "@/lib/public-site/visibility";
import { addMonths, FOLLOW_UP_MONTHS, REMIND_DAYS_BEFORE, reminderDue, reportOpen } from "./schedule";
import type { ReportFollowUpInput } from "./schemas";

// Whether awarded innovations keep running: a follow-up 6 and 12 months after the award, one per innovation and
// period (several awards of one entry, or a correction that copies the awards, do not add more). The hourly job
// creates the missing ones for published winners and sends the reminders; the unit reports.

export const REMINDER_TEMPLATE = "follow-up.reminder";

/**
 * Creates the follow-ups of a confirmed result's awards that do not exist yet; returns how many. For the
 * results helper to call in the transaction that confirms (or publishes) a result, and for the hourly job.
 */
export async function scheduleFollowUps(tx: Tx, resultId: string): Promise<number> {
  const result = await tx.result.findUnique({
    where: { id: resultId },
    select: {
      editionId: true,
      confirmedAt: true,
      awards: { orderBy: { order: "asc" }, select: { id: true, proposal: { select: { innovationId: true } } } },
    },
  });
  if (!result?.confirmedAt) return 0;
  const firstAward = new Map<string, string>();
  for (const a of result.awards)
    if (!firstAward.has(a.proposal.innovationId)) firstAward.set(a.proposal.innovationId, a.id);
  const existing = await tx.followUp.findMany({
    where: { innovationId: { in: [...firstAward.keys()] }, award: { editionId: result.editionId } },
    select: { innovationId: true, monthsAfter: true },
  });
  const have = new Set(existing.map((e) => `${e.innovationId}:${e.monthsAfter}`));
  const rows = [...firstAward].flatMap(([innovationId, awardId]) =>
    FOLLOW_UP_MONTHS.filter((m) => !have.has(`${innovationId}:${m}`)).map((monthsAfter) => ({
      innovationId,
      awardId,
      monthsAfter,
      dueOn: addMonths(result.confirmedAt!, monthsAfter),
    })),
  );
  if (!rows.length) return 0;
  const created = await tx.followUp.createMany({ data: rows, skipDuplicates: true });
  return created.count;
}

/** The hourly job: follow-ups for every edition whose winners are public, then the reminders that are due. */
export async function runFollowUpJob(db: PrismaClient, now = new Date()) {
  let scheduled = 0;
  for (const year of await publicEditionYears(now)) {
    const v = await editionVisibility(year, now);
    if (!v?.winnersVisible || !v.resultId) continue;
    const resultId = v.resultId;
    scheduled += await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(7270018::int, 1)`;
      const count = await scheduleFollowUps(tx, resultId);
      if (count)
        await recordAudit(tx, {
          actorId: null,
          action: "follow-up.schedule",
          entityType: "Edition",
          entityId: v.editionId,
          after: { resultId, created: count },
        });
      return count;
    });
  }
  return { scheduled, reminded: await sendFollowUpReminders(db, now) };
}

/** Puts one reminder per follow-up in the outbox when one is due (lib/follow-ups/schedule.ts#reminderDue). */
export async function sendFollowUpReminders(db: PrismaClient, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + (REMIND_DAYS_BEFORE + 1) * 86_400_000);
  const open = await db.followUp.findMany({
    where: { reportedAt: null, dueOn: { lte: horizon } },
    select: {
      id: true,
      dueOn: true,
      remindedAt: true,
      reportedAt: true,
      monthsAfter: true,
      innovation: { select: { name: true, unit: { select: { name: true, path: true } } } },
    },
  });
  let sent = 0;
  for (const f of open) {
    const kind = reminderDue(f, now);
    if (!kind) continue;
    const ancestors = f.innovation.unit.path.split("/").filter(Boolean);
    const wrote = await db.$transaction(async (tx) => {
      // Claimed by the one run that still sees the old reminder time: never two mails for one period.
      const claim = await tx.followUp.updateMany({
        where: { id: f.id, remindedAt: f.remindedAt, reportedAt: null },
        data: { remindedAt: now },
      });
      if (!claim.count) return false;
      const members = await tx.membership.findMany({
        where: {
          unitId: { in: ancestors },
          validFrom: { lte: now },
          OR: [{ validTo: null }, { validTo: { gt: now } }],
          user: { status: "ACTIVE" },
        },
        distinct: ["userId"],
        select: { user: { select: { id: true, email: true, name: true } } },
      });
      const due = formatDateWIB(f.dueOn);
      for (const { user } of members)
        await enqueueNotification(tx, {
          recipientEmail: user.email,
          recipientId: user.id,
          template: REMINDER_TEMPLATE,
          subject:
            kind === "soon"
              ? `Pengingat: laporan tindak lanjut ${f.monthsAfter} bulan "${f.innovation.name}"`
              : `Terlambat: laporan tindak lanjut ${f.monthsAfter} bulan "${f.innovation.name}"`,
          body: mailLetter(user.name, [
            kind === "soon"
              ? `Laporan tindak lanjut ${f.monthsAfter} bulan setelah penghargaan KOVABLIK untuk inovasi "${f.innovation.name}" (${f.innovation.unit.name}) jatuh tempo ${due}.`
              : `Laporan tindak lanjut ${f.monthsAfter} bulan untuk inovasi "${f.innovation.name}" (${f.innovation.unit.name}) sudah lewat jatuh tempo (${due}) dan belum kami terima.`,
            "Laporkan apakah inovasi masih berjalan, beserta angka capaiannya:",
            mailLink("/unit/tindak-lanjut"),
          ]),
        });
      await recordAudit(tx, {
        actorId: null,
        action: "follow-up.remind",
        entityType: "FollowUp",
        entityId: f.id,
        after: { kind, recipients: members.length },
      });
      return true;
    });
    if (wrote) sent++;
  }
  return sent;
}

export async function reportFollowUp(actor: Actor, input: ReportFollowUpInput, now = new Date()) {
  const saved = await auditedWrite(actor, async (tx, audit) => {
    const f = found(
      await tx.followUp.findUnique({
        where: { id: input.followUpId },
        select: {
          id: true,
          dueOn: true,
          reportedAt: true,
          remindedAt: true,
          monthsAfter: true,
          innovation: { select: { name: true, unit: { select: { path: true } } } },
        },
      }),
      "Tindak lanjut",
    );
    authorize(actor, "follow-up:report", { unitPath: f.innovation.unit.path });
    if (f.reportedAt) throw new DomainError("CONFLICT", "Laporan tindak lanjut ini sudah dikirim.");
    if (!reportOpen(f, now))
      throw new DomainError(
        "DEADLINE",
        `Laporan dapat dikirim mulai 30 hari sebelum jatuh tempo (${formatDateWIB(f.dueOn)}).`,
      );
    const after = await tx.followUp.update({
      where: { id: f.id },
      data: {
        reportedAt: now,
        reportedById: actor.id,
        stillRunning: input.stillRunning === "ya",
        figures: { beneficiaries: input.beneficiaries, budgetRupiah: input.budgetRupiah },
        notes: input.notes || null,
      },
    });
    await audit({
      action: "follow-up.report",
      entityType: "FollowUp",
      entityId: f.id,
      after: {
        innovation: f.innovation.name,
        monthsAfter: f.monthsAfter,
        stillRunning: after.stillRunning,
        figures: after.figures,
      },
    });
    return after;
  });
  await invalidatePublicSite();
  return saved;
}
