import "server-only";
import type { z } from "zod";
import { createInvitedAccount } from "@/lib/accounts/invitations";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, fieldError, found } from "@/lib/errors";
import { formatDateTimeRangeWIB } from "@/lib/format/date";
import { deliverSoon } from "@/lib/notifications/deliver";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { mailLink } from "@/lib/notifications/public-url";
import type { appointJudgeSchema, appointmentIdSchema, inviteJudgeSchema, updateAppointmentSchema } from "./schemas";
import { mailLetter } from "@/lib/notifications/letter";

// Judges appointed to a round (JudgeAppointment): an existing judge account, or a new one invited by e-mail
// through the accounts' invitation and the outbox; each with a load cap and categories of expertise.

const alreadyAppointed = () => fieldError("userId", "Juri ini sudah diangkat pada babak ini.", "CONFLICT");

type RoundForAppointment = {
  id: string;
  name: string;
  state: string;
  editionId: string;
  opensAt: Date | null;
  closesAt: Date | null;
};

async function loadOpenableRound(tx: Tx, roundId: string): Promise<RoundForAppointment> {
  const round = found(
    await tx.round.findUnique({
      where: { id: roundId },
      select: { id: true, name: true, state: true, editionId: true, opensAt: true, closesAt: true },
    }),
    "Babak",
  );
  if (round.state === "CLOSED" || round.state === "SEALED") {
    throw new DomainError("CONFLICT", "Babak ini sudah ditutup; susunan jurinya tidak dapat diubah.");
  }
  return round;
}

/** Every id must be a category of the round's edition: a crafted id from another edition is refused. */
async function checkCategories(tx: Tx, editionId: string, categoryIds: string[]) {
  const unique = [...new Set(categoryIds)];
  const count = await tx.category.count({ where: { editionId, id: { in: unique } } });
  if (count !== unique.length) throw fieldError("categoryIds", "Pilih kategori dari edisi babak ini.");
  return unique;
}

async function notifyAppointment(
  tx: Tx,
  judge: { id: string; name: string; email: string },
  round: RoundForAppointment,
) {
  await enqueueNotification(tx, {
    recipientEmail: judge.email,
    recipientId: judge.id,
    template: "judging.appointment",
    subject: `Penunjukan juri: ${round.name}`,
    body: mailLetter(judge.name, [
      `Sekretariat KOVABLIK menunjuk Anda sebagai juri pada babak "${round.name}".`,
      `Jadwal babak: ${formatDateTimeRangeWIB(round.opensAt, round.closesAt)}.`,
      "",
      "Sebelum melihat usulan, Anda diminta menandatangani pernyataan bebas konflik kepentingan untuk babak ini di:",
      mailLink(`/juri/${round.id}`),
    ]),
  });
}

async function createAppointment(
  tx: Tx,
  round: RoundForAppointment,
  userId: string,
  fields: { loadCap: number | null; categoryIds: string[] },
) {
  if (
    await tx.judgeAppointment.findUnique({
      where: { roundId_userId: { roundId: round.id, userId } },
      select: { id: true },
    })
  ) {
    throw alreadyAppointed();
  }
  const categoryIds = await checkCategories(tx, round.editionId, fields.categoryIds);
  return tx.judgeAppointment.create({
    data: {
      roundId: round.id,
      userId,
      loadCap: fields.loadCap,
      expertise: { connect: categoryIds.map((id) => ({ id })) },
    },
    include: { expertise: { select: { id: true, name: true } } },
  });
}

/** An existing judge account (active judge profile, not disabled) joins the round. */
export async function appointJudge(actor: Actor, input: z.infer<typeof appointJudgeSchema>) {
  const result = await auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await loadOpenableRound(tx, input.roundId);
      const judge = await tx.user.findUnique({
        where: { id: input.userId },
        select: { id: true, name: true, email: true, status: true, judgeProfile: { select: { active: true } } },
      });
      if (!judge || !judge.judgeProfile?.active || judge.status === "DISABLED") {
        throw fieldError("userId", "Pilih akun juri yang aktif.");
      }
      const after = await createAppointment(tx, round, judge.id, input);
      await notifyAppointment(tx, judge, round);
      await audit({ action: "judge-appointment.add", entityType: "JudgeAppointment", entityId: after.id, after });
      return { name: judge.name };
    },
    { onUniqueViolation: alreadyAppointed },
  );
  deliverSoon();
  return result;
}

/** A judge without an account yet: an INVITED account with a judge profile, its invitation, and the appointment. */
export async function inviteJudge(actor: Actor, input: z.infer<typeof inviteJudgeSchema>) {
  const result = await auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await loadOpenableRound(tx, input.roundId);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw fieldError(
          "email",
          "Email ini sudah terdaftar. Jika itu akun juri, angkat dari daftar juri yang sudah ada.",
          "CONFLICT",
        );
      }
      const created = await createInvitedAccount(
        tx,
        audit,
        actor,
        { name: input.name, email: input.email, nip: "", phone: "", role: "JUDGE", affiliation: input.affiliation },
        null,
      );
      const after = await createAppointment(tx, round, created.id, input);
      await audit({
        action: "judge-appointment.add",
        entityType: "JudgeAppointment",
        entityId: after.id,
        after: { ...after, invited: true },
      });
      return { name: input.name, email: created.email };
    },
    { onUniqueViolation: () => fieldError("email", "Email ini sudah terdaftar pada akun lain.", "CONFLICT") },
  );
  deliverSoon();
  return result;
}

export async function updateAppointment(actor: Actor, input: z.infer<typeof updateAppointmentSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = found(
      await tx.judgeAppointment.findUnique({
        where: { id: input.appointmentId },
        include: { expertise: { select: { id: true, name: true } }, judge: { select: { name: true } } },
      }),
      "Penunjukan juri",
    );
    const round = await loadOpenableRound(tx, before.roundId);
    const categoryIds = await checkCategories(tx, round.editionId, input.categoryIds);
    if (input.loadCap !== null) {
      const assigned = await tx.assignment.count({
        where: { roundId: round.id, judgeId: before.userId, state: "ASSIGNED" },
      });
      if (assigned > input.loadCap) {
        throw fieldError(
          "loadCap",
          `Juri ini sudah mendapat ${assigned} usulan; batas beban tidak boleh lebih kecil dari itu.`,
        );
      }
    }
    const after = await tx.judgeAppointment.update({
      where: { id: before.id },
      data: { loadCap: input.loadCap, expertise: { set: categoryIds.map((id) => ({ id })) } },
      include: { expertise: { select: { id: true, name: true } } },
    });
    await audit({
      action: "judge-appointment.update",
      entityType: "JudgeAppointment",
      entityId: after.id,
      before,
      after,
    });
    return { name: before.judge.name };
  });
}

export async function removeAppointment(actor: Actor, input: z.infer<typeof appointmentIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const { judge, ...before } = found(
      await tx.judgeAppointment.findUnique({
        where: { id: input.appointmentId },
        include: { judge: { select: { name: true } } },
      }),
      "Penunjukan juri",
    );
    await loadOpenableRound(tx, before.roundId);
    // Assignments point at the appointment (and keep score sheets): they must be moved or removed first.
    const assignments = await tx.assignment.count({ where: { roundId: before.roundId, judgeId: before.userId } });
    if (assignments > 0) {
      throw new DomainError(
        "CONFLICT",
        `${judge.name} sudah mendapat ${assignments} penugasan pada babak ini; alihkan penugasannya dahulu.`,
      );
    }
    await tx.judgeAppointment.delete({ where: { id: before.id } });
    await audit({ action: "judge-appointment.remove", entityType: "JudgeAppointment", entityId: before.id, before });
    return { name: judge.name };
  });
}

/** The round's judges for the admin's "Juri" page, with their load so far, and the judge accounts not yet appointed. */
export async function listAppointments(roundId: string) {
  const round = await prisma.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      state: true,
      editionId: true,
      edition: { select: { categories: { orderBy: { order: "asc" }, select: { id: true, name: true } } } },
      appointments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          loadCap: true,
          declarationSignedAt: true,
          expertise: { select: { id: true }, orderBy: { order: "asc" } },
          judge: {
            select: {
              id: true,
              name: true,
              email: true,
              status: true,
              judgeProfile: { select: { affiliation: true } },
            },
          },
        },
      },
    },
  });
  if (!round) return null;
  const [loads, candidates] = await Promise.all([
    prisma.assignment.groupBy({ by: ["judgeId"], where: { roundId, state: "ASSIGNED" }, _count: { _all: true } }),
    prisma.user.findMany({
      where: {
        status: { not: "DISABLED" },
        judgeProfile: { active: true },
        appointments: { none: { roundId } },
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true, judgeProfile: { select: { affiliation: true } } },
    }),
  ]);
  const loadOf = new Map(loads.map((l) => [l.judgeId, l._count._all]));
  return {
    roundId: round.id,
    closed: round.state === "CLOSED" || round.state === "SEALED",
    categories: round.edition.categories,
    appointments: round.appointments.map((a) => ({
      id: a.id,
      loadCap: a.loadCap,
      declarationSignedAt: a.declarationSignedAt,
      categoryIds: a.expertise.map((c) => c.id),
      assigned: loadOf.get(a.judge.id) ?? 0,
      judge: {
        id: a.judge.id,
        name: a.judge.name,
        email: a.judge.email,
        status: a.judge.status,
        affiliation: a.judge.judgeProfile?.affiliation ?? null,
      },
    })),
    candidates: candidates.map((c) => ({
      id: c.id,
      name: c.name,
      email: c.email,
      affiliation: c.judgeProfile?.affiliation ?? null,
    })),
  };
}
export type AppointmentList = NonNullable<Awaited<ReturnType<typeof listAppointments>>>;
