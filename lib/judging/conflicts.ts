import "server-only";
import { auditedWrite, type RecordAudit, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { DomainError, fieldError, found } from "@/lib/errors";
import type { AddConflictInput, LiftConflictInput } from "./assignment-schemas";
import { conflictUnitOf, covers, membershipCounts, type ConflictScope } from "./conflict-rules";

// Conflicts of interest of a round's judges (Conflict rows, per edition): derived from the unit tree,
// declared by the judge, or added by an admin; lifted only with a recorded reason. Conflicts are hard: a new
// one takes the judge off every covered assignment at once (the assignment becomes REMOVED; its score sheet
// is kept but, with its assignment removed, counts in no aggregate).

type ConflictTarget = { editionId: string; judgeId: string; proposalId: string | null; unitId: string | null };

/**
 * Takes the judge off every open assignment the conflict covers, in every round of its edition. Returns how
 * many were removed. The one place that does it: judge declarations, admin conflicts and the unit tree.
 */
export async function withdrawConflictedAssignments(
  tx: Tx,
  conflict: ConflictTarget,
  now = new Date(),
): Promise<number> {
  let scope: { proposalId: string } | { entry: { proposal: { unit: { path: { startsWith: string } } } } };
  if (conflict.proposalId) scope = { proposalId: conflict.proposalId };
  else {
    const unit = await tx.unit.findUnique({ where: { id: conflict.unitId ?? "" }, select: { path: true } });
    if (!unit) return 0;
    scope = { entry: { proposal: { unit: { path: { startsWith: unit.path } } } } };
  }
  const { count } = await tx.assignment.updateMany({
    where: { judgeId: conflict.judgeId, state: "ASSIGNED", round: { editionId: conflict.editionId }, ...scope },
    data: { state: "REMOVED", removedAt: now },
  });
  return count;
}

/**
 * Records a conflict an admin adds or a judge declares, takes the judge off the entries it covers, and audits
 * both as one entry. Returns how many assignments were withdrawn.
 */
export async function recordConflict(
  tx: Tx,
  audit: RecordAudit,
  action: "conflict.add" | "conflict.declare",
  data: Prisma.ConflictUncheckedCreateInput,
): Promise<number> {
  const conflict = await tx.conflict.create({ data });
  const withdrawn = await withdrawConflictedAssignments(tx, conflict);
  await audit({
    action,
    entityType: "Conflict",
    entityId: conflict.id,
    after: { ...conflict, withdrawnAssignments: withdrawn },
  });
  return withdrawn;
}

/**
 * Records the unit-tree conflicts of the given judges in an edition that are not recorded yet (a lifted one
 * stays lifted: it is not recreated) and withdraws what they cover. Idempotent; returns the new rows.
 */
export async function recordUnitTreeConflicts(
  tx: Tx,
  actor: Pick<Actor, "id">,
  editionId: string,
  judgeIds: string[],
  now = new Date(),
) {
  if (!judgeIds.length) return [];
  const memberships = await tx.membership.findMany({
    where: { userId: { in: judgeIds } },
    select: { userId: true, validTo: true, unit: { select: { id: true, name: true, path: true } } },
  });
  const counting = memberships.filter((m) => membershipCounts(m, now));
  if (!counting.length) return [];
  const ancestorIds = [...new Set(counting.flatMap((m) => m.unit.path.split("/").filter(Boolean)))];
  const units = await tx.unit.findMany({
    where: { id: { in: ancestorIds } },
    select: { id: true, name: true, isInstitution: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const recorded = await tx.conflict.findMany({
    where: { editionId, judgeId: { in: judgeIds }, source: "UNIT_TREE" },
    select: { judgeId: true, unitId: true },
  });
  const seen = new Set(recorded.map((c) => `${c.judgeId}|${c.unitId}`));
  const created = [];
  for (const m of counting) {
    const unitId = conflictUnitOf(m.unit.path, (id) => !!byId.get(id)?.isInstitution);
    const key = `${m.userId}|${unitId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const ended = m.validTo ? ` sampai ${m.validTo.toISOString().slice(0, 10)}` : "";
    const conflict = await tx.conflict.create({
      data: {
        editionId,
        judgeId: m.userId,
        unitId,
        source: "UNIT_TREE",
        reason: `Anggota ${m.unit.name}${ended}; mencakup semua usulan ${byId.get(unitId)?.name ?? m.unit.name}.`,
        createdById: actor.id,
      },
    });
    await withdrawConflictedAssignments(tx, conflict, now);
    created.push(conflict);
  }
  return created;
}

/**
 * A judge given a new unit membership conflicts with that unit's institution at once, in every edition where
 * they judge a round that is not closed: their covered assignments go now, not when a screen is next opened.
 */
export async function recordConflictsOfNewMember(tx: Tx, actor: Pick<Actor, "id">, userId: string) {
  const rounds = await tx.judgeAppointment.findMany({
    where: { userId, round: { state: { in: ["DRAFT", "OPEN"] } } },
    select: { round: { select: { editionId: true } } },
  });
  const created = [];
  for (const editionId of new Set(rounds.map((r) => r.round.editionId))) {
    created.push(...(await recordUnitTreeConflicts(tx, actor, editionId, [userId])));
  }
  return created;
}

/** The round with its edition, refusing a closed one: its judges and assignments are final. */
export async function loadChangeableRound(tx: Tx, roundId: string) {
  const round = found(
    await tx.round.findUnique({
      where: { id: roundId },
      select: { id: true, name: true, state: true, editionId: true, judgesPerEntry: true, panelMode: true },
    }),
    "Babak",
  );
  if (round.state === "CLOSED" || round.state === "SEALED") {
    throw new DomainError("CONFLICT", "Babak ini sudah ditutup; konflik dan penugasannya tidak dapat diubah.");
  }
  return round;
}

export async function addConflict(actor: Actor, input: AddConflictInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await loadChangeableRound(tx, input.roundId);
    const appointment = await tx.judgeAppointment.findUnique({
      where: { roundId_userId: { roundId: round.id, userId: input.judgeId } },
      select: { judge: { select: { name: true } } },
    });
    if (!appointment) throw fieldError("judgeId", "Pilih juri dari babak ini.");
    let target: { proposalId: string | null; unitId: string | null; what: string };
    if (input.target === "ENTRY") {
      const entry = await tx.roundEntry.findUnique({
        where: { roundId_proposalId: { roundId: round.id, proposalId: input.proposalId } },
        select: { proposal: { select: { id: true, title: true } } },
      });
      if (!entry) throw fieldError("proposalId", "Pilih usulan dari babak ini.");
      target = { proposalId: entry.proposal.id, unitId: null, what: `usulan "${entry.proposal.title}"` };
    } else {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true } });
      if (!unit) throw fieldError("unitId", "Pilih unit dari daftar.");
      target = { proposalId: null, unitId: unit.id, what: unit.name };
    }
    const existing = await tx.conflict.findFirst({
      where: {
        editionId: round.editionId,
        judgeId: input.judgeId,
        liftedAt: null,
        proposalId: target.proposalId,
        unitId: target.unitId,
      },
      select: { id: true },
    });
    if (existing)
      throw new DomainError("CONFLICT", `Konflik ${appointment.judge.name} dengan ${target.what} sudah tercatat.`);
    const withdrawn = await recordConflict(tx, audit, "conflict.add", {
      editionId: round.editionId,
      judgeId: input.judgeId,
      proposalId: target.proposalId,
      unitId: target.unitId,
      source: "ADMIN",
      reason: input.reason,
      createdById: actor.id,
    });
    return { judgeName: appointment.judge.name, what: target.what, withdrawn };
  });
}

export async function liftConflict(actor: Actor, input: LiftConflictInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await loadChangeableRound(tx, input.roundId);
    const before = found(
      await tx.conflict.findFirst({ where: { id: input.conflictId, editionId: round.editionId } }),
      "Konflik",
    );
    if (before.liftedAt) throw new DomainError("CONFLICT", "Konflik ini sudah dicabut.");
    const after = await tx.conflict.update({
      where: { id: before.id },
      data: { liftedAt: new Date(), liftedById: actor.id, liftReason: input.reason },
    });
    await audit({ action: "conflict.lift", entityType: "Conflict", entityId: after.id, before, after });
    return after;
  });
}

/** Active conflicts of an edition for these judges, with the unit's path for subtree matching. */
export async function activeConflicts(tx: Tx, editionId: string, judgeIds: string[]): Promise<ConflictScope[]> {
  const rows = await tx.conflict.findMany({
    where: { editionId, judgeId: { in: judgeIds }, liftedAt: null },
    select: { judgeId: true, proposalId: true, unit: { select: { path: true } } },
  });
  return rows.map((c) => ({ judgeId: c.judgeId, proposalId: c.proposalId, unitPath: c.unit?.path ?? null }));
}

const conflictSelect = {
  id: true,
  judgeId: true,
  proposalId: true,
  source: true,
  reason: true,
  createdAt: true,
  liftedAt: true,
  liftReason: true,
  proposal: { select: { title: true } },
  unit: { select: { name: true, path: true } },
} as const;

/**
 * The conflicts screen of a round: first records unit-tree conflicts that appeared since the last look (a
 * membership added meanwhile), then lists every conflict per judge and, per entry, the judges it excludes.
 */
export async function roundConflicts(actor: Actor, roundId: string) {
  const round = found(
    await prisma.round.findUnique({
      where: { id: roundId },
      select: { id: true, name: true, state: true, editionId: true, edition: { select: { year: true } } },
    }),
    "Babak",
  );
  const appointments = await prisma.judgeAppointment.findMany({
    where: { roundId },
    orderBy: { judge: { name: "asc" } },
    select: { judge: { select: { id: true, name: true, email: true } } },
  });
  const judgeIds = appointments.map((a) => a.judge.id);
  if (round.state !== "CLOSED" && round.state !== "SEALED") {
    await auditedWrite(actor, async (tx, audit) => {
      const created = await recordUnitTreeConflicts(tx, actor, round.editionId, judgeIds);
      for (const c of created)
        await audit({ action: "conflict.add-from-unit-tree", entityType: "Conflict", entityId: c.id, after: c });
    });
  }
  const [conflicts, entries] = await Promise.all([
    prisma.conflict.findMany({
      where: { editionId: round.editionId, judgeId: { in: judgeIds } },
      orderBy: [{ liftedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      select: conflictSelect,
    }),
    prisma.roundEntry.findMany({
      where: { roundId },
      orderBy: { proposal: { title: "asc" } },
      select: { proposal: { select: { id: true, title: true, unit: { select: { name: true, path: true } } } } },
    }),
  ]);
  const judgeName = new Map(appointments.map((a) => [a.judge.id, a.judge.name]));
  const active = conflicts.filter((c) => !c.liftedAt);
  const perEntry = entries.map(({ proposal: p }) => ({
    proposalId: p.id,
    title: p.title,
    unitName: p.unit.name,
    judges: active
      .filter((c) =>
        covers(
          { proposalId: c.proposalId, unitPath: c.unit?.path ?? null },
          { proposalId: p.id, unitPath: p.unit.path },
        ),
      )
      .map((c) => ({
        conflictId: c.id,
        judgeName: judgeName.get(c.judgeId) ?? "",
        source: c.source,
        reason: c.reason,
      })),
  }));
  const perJudge = appointments.map(({ judge }) => ({
    ...judge,
    conflicts: conflicts
      .filter((c) => c.judgeId === judge.id)
      .map((c) => ({
        id: c.id,
        source: c.source,
        what: c.proposal ? `Usulan: ${c.proposal.title}` : `Unit: ${c.unit?.name ?? "-"} dan seluruh unit di bawahnya`,
        reason: c.reason,
        createdAt: c.createdAt,
        liftedAt: c.liftedAt,
        liftReason: c.liftReason,
      })),
  }));
  const institutions = await prisma.unit.findMany({
    where: { isInstitution: true, active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  return {
    round,
    changeable: round.state !== "CLOSED" && round.state !== "SEALED",
    perJudge,
    perEntry,
    judges: appointments.map((a) => ({ id: a.judge.id, name: a.judge.name })),
    entries: entries.map((e) => ({ id: e.proposal.id, title: e.proposal.title })),
    institutions,
  };
}
export type RoundConflicts = Awaited<ReturnType<typeof roundConflicts>>;
