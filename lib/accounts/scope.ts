import "server-only";
import { authorize, can, scopePrefixes, type Actor } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/audit/audited-write";
import type { Prisma } from "@/lib/db";
import { fieldError, forbidden, notFound } from "@/lib/errors";
import { currentMembership } from "@/lib/units/memberships";

// Two ways in: admins ("all") manage every account; an admin lokal ("operators") sees and changes only
// operator accounts whose operator memberships all sit inside its own subtree. Every change loads the
// target's memberships from the database and authorises against their units, whatever ids the browser sent.

export type AccountMode = "all" | "operators";

export const OPERATORS_ONLY = "Admin lokal hanya dapat mengelola akun operator di unit wilayahnya.";
const OUTSIDE_SCOPE =
  "Akun ini juga menjadi operator di unit lain di luar wilayah Anda, sehingga hanya admin provinsi yang dapat mengubahnya.";

export function requireMode(actor: Actor, mode: AccountMode) {
  authorize(actor, mode === "all" ? "account:manage-any" : "account:manage-own-operators");
}

const inPrefixes = (prefixes: string[]): Prisma.UnitWhereInput =>
  prefixes.length ? { OR: prefixes.map((p) => ({ path: { startsWith: p } })) } : { id: { in: [] } };

/** Operator accounts an admin lokal may see: an operator role in its subtree, and no higher role anywhere. */
export function operatorScopeWhere(actor: Actor, now: Date, unitPath?: string): Prisma.UserWhereInput {
  const unit = inPrefixes(scopePrefixes(actor, "UNIT_ADMIN"));
  return {
    isAdmin: false,
    judgeProfile: { is: null },
    memberships: {
      some: {
        role: "OPERATOR",
        ...currentMembership(now),
        unit: unitPath ? { AND: [unit, { path: { startsWith: unitPath } }] } : unit,
      },
      none: { role: "UNIT_ADMIN", ...currentMembership(now) },
    },
  };
}

export const userSnapshotSelect = {
  id: true,
  email: true,
  name: true,
  nip: true,
  phone: true,
  status: true,
  isAdmin: true,
  sessionVersion: true,
} satisfies Prisma.UserSelect;

export async function loadMembershipUnit(tx: Tx, unitId: string, role: "UNIT_ADMIN" | "OPERATOR") {
  const unit = await tx.unit.findUnique({
    where: { id: unitId },
    select: { id: true, name: true, path: true, active: true, isInstitution: true },
  });
  if (!unit) throw fieldError("unitId", "Unit tidak ditemukan.");
  if (!unit.active) throw fieldError("unitId", `${unit.name} sedang nonaktif.`);
  if (role === "UNIT_ADMIN" && !unit.isInstitution) {
    throw fieldError(
      "unitId",
      "Admin lokal ditempatkan pada instansi: kabupaten/kota, perangkat daerah provinsi, atau BUMD.",
    );
  }
  return unit;
}

/**
 * For an admin lokal: the target is an operator (no admin, admin lokal or judge role) and every one of its
 * operator memberships is inside the actor's subtree. Admins pass straight through.
 */
export async function assertCanChangeAccount(tx: Tx, actor: Actor, mode: AccountMode, userId: string, now: Date) {
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: {
      ...userSnapshotSelect,
      passwordHash: true,
      judgeProfile: { select: { active: true } },
      memberships: {
        where: currentMembership(now),
        select: { role: true, unit: { select: { name: true, path: true } } },
      },
    },
  });
  if (!target) throw mode === "all" ? notFound("Akun") : forbidden(OPERATORS_ONLY);
  if (mode === "all") return target;
  if (target.isAdmin || target.judgeProfile || target.memberships.some((m) => m.role !== "OPERATOR")) {
    throw forbidden(OPERATORS_ONLY);
  }
  const mine = target.memberships.filter((m) => can(actor, "account:manage-operator", { unitPath: m.unit.path }));
  if (!mine.length) throw forbidden(OPERATORS_ONLY);
  if (mine.length < target.memberships.length) throw forbidden(OUTSIDE_SCOPE);
  for (const m of target.memberships) authorize(actor, "account:manage-operator", { unitPath: m.unit.path });
  return target;
}
