import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, fieldError, notFound } from "@/lib/errors";
import { recordConflict } from "./conflicts";
import type { declareConflictSchema, signDeclarationSchema } from "./schemas";
import { ownAppointment, ownAppointmentSelect } from "./own-appointment";

// What a judge does before and around scoring: sign the round's no-conflict declaration (nothing of the
// round's entries is shown before), and declare a conflict with an entry or a whole institution at any
// time. Every read and write is scoped to the actor's own appointment: another judge's round is "not found".

const NOT_APPOINTED = "Babak tidak ditemukan di antara penunjukan Anda.";

async function requireOwnAppointment(tx: Tx, actor: Actor, roundId: string) {
  const appointment = await ownAppointment(actor, roundId, tx);
  if (!appointment) throw new DomainError("NOT_FOUND", NOT_APPOINTED);
  return appointment;
}

export async function signDeclaration(actor: Actor, input: z.infer<typeof signDeclarationSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const appointment = await requireOwnAppointment(tx, actor, input.roundId);
    if (appointment.round.state === "CLOSED" || appointment.round.state === "SEALED") {
      throw new DomainError("CONFLICT", "Babak ini sudah ditutup.");
    }
    if (appointment.declarationSignedAt) return { roundName: appointment.round.name, alreadySigned: true };
    const after = await tx.judgeAppointment.update({
      where: { id: appointment.id },
      data: { declarationSignedAt: new Date() },
      select: { id: true, declarationSignedAt: true },
    });
    await audit({
      action: "judge-appointment.sign-declaration",
      entityType: "JudgeAppointment",
      entityId: after.id,
      after,
    });
    return { roundName: appointment.round.name, alreadySigned: false };
  });
}

export async function declareConflict(actor: Actor, input: z.infer<typeof declareConflictSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const appointment = await requireOwnAppointment(tx, actor, input.roundId);
    const editionId = appointment.round.editionId;
    let target: { proposalId: string | null; unitId: string | null; what: string };
    if (input.target === "ENTRY") {
      // Only an entry the judge was given in this round: the form cannot be used to probe other proposals.
      const assignment = await tx.assignment.findFirst({
        where: { roundId: input.roundId, judgeId: actor.id, proposalId: input.proposalId, state: "ASSIGNED" },
        select: { entry: { select: { proposal: { select: { id: true, title: true } } } } },
      });
      if (!assignment) throw fieldError("proposalId", "Pilih usulan dari daftar penugasan Anda.");
      target = {
        proposalId: assignment.entry.proposal.id,
        unitId: null,
        what: `usulan "${assignment.entry.proposal.title}"`,
      };
    } else {
      const unit = await tx.unit.findUnique({
        where: { id: input.unitId },
        select: { id: true, name: true, isInstitution: true, active: true },
      });
      if (!unit || !unit.isInstitution || !unit.active) throw fieldError("unitId", "Pilih instansi dari daftar.");
      target = { proposalId: null, unitId: unit.id, what: unit.name };
    }
    const existing = await tx.conflict.findFirst({
      where: { editionId, judgeId: actor.id, liftedAt: null, proposalId: target.proposalId, unitId: target.unitId },
      select: { id: true },
    });
    if (existing) throw new DomainError("CONFLICT", `Konflik dengan ${target.what} sudah tercatat.`);
    const withdrawn = await recordConflict(tx, audit, "conflict.declare", {
      editionId,
      judgeId: actor.id,
      proposalId: target.proposalId,
      unitId: target.unitId,
      source: "DECLARED",
      reason: input.reason,
      createdById: actor.id,
    });
    return { what: target.what, withdrawn };
  });
}

/** The judge's landing: every round they are appointed to, newest edition first. */
export async function listOwnAppointments(actor: Actor) {
  const rows = await prisma.judgeAppointment.findMany({
    where: { userId: actor.id },
    orderBy: [{ round: { edition: { year: "desc" } } }, { round: { order: "asc" } }],
    select: ownAppointmentSelect,
  });
  const counts = await prisma.assignment.groupBy({
    by: ["roundId"],
    where: { judgeId: actor.id, state: "ASSIGNED" },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((c) => [c.roundId, c._count._all]));
  return rows.map((a) => ({ ...a, assigned: countOf.get(a.round.id) ?? 0 }));
}

/**
 * One round as the judge sees it. Until the declaration is signed: the round and the declaration only. After:
 * their open assignments (unit names hidden in an anonymised round), the institutions they may declare a
 * conflict with, and the conflicts they have declared in this edition.
 */
export async function getOwnRound(actor: Actor, roundId: string) {
  const appointment = await ownAppointment(actor, roundId);
  if (!appointment) throw notFound("Babak");
  const { round, declarationSignedAt } = appointment;
  const [institutions, conflicts] = await Promise.all([
    prisma.unit.findMany({
      where: { isInstitution: true, active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.conflict.findMany({
      where: { editionId: round.editionId, judgeId: actor.id, liftedAt: null },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        source: true,
        reason: true,
        createdAt: true,
        proposal: { select: { title: true } },
        unit: { select: { name: true } },
      },
    }),
  ]);
  const entries = declarationSignedAt
    ? (
        await prisma.assignment.findMany({
          where: { roundId, judgeId: actor.id, state: "ASSIGNED" },
          orderBy: { assignedAt: "asc" },
          select: {
            entry: { select: { proposal: { select: { id: true, title: true, unit: { select: { name: true } } } } } },
          },
        })
      ).map(({ entry: { proposal: p } }) => ({
        id: p.id,
        title: p.title,
        unitName: round.anonymised ? null : p.unit.name,
      }))
    : [];
  return { round, declarationSignedAt, entries, institutions, conflicts };
}
export type OwnRound = Awaited<ReturnType<typeof getOwnRound>>;
