import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { DomainError, forbidden, found, notFound } from "@/lib/errors";
import { recordConflictsOfNewMember } from "@/lib/judging/conflicts";
import { currentMembership } from "@/lib/units/memberships";
import type { AddMembershipInput, MembershipIdInput } from "./schemas";
import { loadMembershipUnit, OPERATORS_ONLY, requireMode, type AccountMode } from "./scope";

// Who works for which unit in which role. A membership is ended, never deleted: conflict-of-interest checks
// need to know who belonged where.

export async function addMembership(actor: Actor, input: AddMembershipInput) {
  requireMode(actor, "all");
  const held = () => new DomainError("CONFLICT", "Akun ini sudah memegang peran tersebut di unit ini.");
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const user = found(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }), "Akun");
      const unit = await loadMembershipUnit(tx, input.unitId, input.role);
      const existing = await tx.membership.findFirst({
        where: { userId: user.id, unitId: unit.id, role: input.role, validTo: null },
        select: { id: true },
      });
      if (existing) throw held();
      const m = await tx.membership.create({
        data: { userId: user.id, unitId: unit.id, role: input.role, grantedById: actor.id },
        select: { id: true, userId: true, unitId: true, role: true, validFrom: true },
      });
      await audit({ action: "membership.add", entityType: "Membership", entityId: m.id, after: m });
      for (const c of await recordConflictsOfNewMember(tx, actor, user.id)) {
        await audit({ action: "conflict.add-from-unit-tree", entityType: "Conflict", entityId: c.id, after: c });
      }
      return { unitName: unit.name };
    },
    { onUniqueViolation: held },
  );
}

/** Ends a membership now. Never deleted: conflict-of-interest checks need to know who belonged where. */
export async function endMembership(actor: Actor, input: MembershipIdInput, mode: AccountMode) {
  requireMode(actor, mode);
  return auditedWrite(actor, async (tx, audit) => {
    const now = new Date();
    const m = await tx.membership.findUnique({
      where: { id: input.membershipId },
      select: {
        id: true,
        userId: true,
        unitId: true,
        role: true,
        validFrom: true,
        validTo: true,
        unit: { select: { name: true, path: true } },
      },
    });
    if (!m) throw mode === "all" ? notFound("Keanggotaan") : forbidden(OPERATORS_ONLY);
    if (mode === "operators") {
      if (m.role !== "OPERATOR") throw forbidden(OPERATORS_ONLY);
      authorize(actor, "account:manage-operator", { unitPath: m.unit.path });
      const target = await tx.user.findUniqueOrThrow({
        where: { id: m.userId },
        select: {
          isAdmin: true,
          judgeProfile: { select: { active: true } },
          memberships: { where: { role: "UNIT_ADMIN", ...currentMembership(now) }, select: { id: true } },
        },
      });
      if (target.isAdmin || target.judgeProfile || target.memberships.length) throw forbidden(OPERATORS_ONLY);
    }
    if (m.validTo && m.validTo <= now) throw new DomainError("CONFLICT", "Keanggotaan ini sudah berakhir.");
    // A membership that has not started yet still needs validTo after validFrom (a CHECK holds it).
    const validTo = m.validFrom < now ? now : new Date(m.validFrom.getTime() + 1);
    await tx.membership.update({ where: { id: m.id }, data: { validTo } });
    await audit({
      action: "membership.end",
      entityType: "Membership",
      entityId: m.id,
      before: { userId: m.userId, unitId: m.unitId, role: m.role, validTo: m.validTo },
      after: { userId: m.userId, unitId: m.unitId, role: m.role, validTo },
    });
    return { unitName: m.unit.name };
  });
}
