import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { authorize, can, scopePrefixes, type Actor } from "@/lib/auth/permissions";
import { accountLink, issueAccountToken, TOKEN_LIFETIME_MS } from "@/lib/auth/tokens";
import { prisma, Prisma } from "@/lib/db";
import { DomainError, forbidden, isUniqueViolation, notFound } from "@/lib/errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { deliverSoon } from "@/lib/notifications/deliver";
import { currentMembership } from "@/lib/units/service";
import {
  ACCOUNT_PAGE_SIZE,
  type AccountListQuery,
  type AccountRole,
  type AddMembershipInput,
  type InviteAccountInput,
  type InviteOperatorInput,
  type SetAccountEnabledInput,
  type UpdateProfileInput,
} from "./schemas";

// Two ways in: admins ("all") manage every account; an admin lokal ("operators") sees and changes only
// operator accounts whose operator memberships all sit inside its own subtree. Every change loads the
// target's memberships from the database and authorises against their units, whatever ids the browser sent.

export type AccountMode = "all" | "operators";
type Tx = Prisma.TransactionClient;

const OPERATORS_ONLY = "Admin lokal hanya dapat mengelola akun operator di unit wilayahnya.";
const OUTSIDE_SCOPE =
  "Akun ini juga menjadi operator di unit lain di luar wilayah Anda, sehingga hanya admin provinsi yang dapat mengubahnya.";

function requireMode(actor: Actor, mode: AccountMode) {
  authorize(actor, mode === "all" ? "account:manage-any" : "account:manage-own-operators");
}

const inPrefixes = (prefixes: string[]): Prisma.UnitWhereInput =>
  prefixes.length ? { OR: prefixes.map((p) => ({ path: { startsWith: p } })) } : { id: { in: [] } };

/** Operator accounts an admin lokal may see: an operator role in its subtree, and no higher role anywhere. */
function operatorScopeWhere(actor: Actor, now: Date, unitPath?: string): Prisma.UserWhereInput {
  const unit = inPrefixes(scopePrefixes(actor, "UNIT_ADMIN"));
  return {
    isAdmin: false,
    judgeProfile: { is: null },
    memberships: {
      some: { role: "OPERATOR", ...currentMembership(now), unit: unitPath ? { AND: [unit, { path: { startsWith: unitPath } }] } : unit },
      none: { role: "UNIT_ADMIN", ...currentMembership(now) },
    },
  };
}

const listSelect = (now: Date) =>
  ({
    id: true,
    name: true,
    email: true,
    nip: true,
    status: true,
    isAdmin: true,
    lastSignInAt: true,
    createdAt: true,
    judgeProfile: { select: { active: true } },
    memberships: {
      where: currentMembership(now),
      select: { id: true, role: true, unit: { select: { id: true, name: true, path: true } } },
      orderBy: { validFrom: "asc" },
    },
  }) satisfies Prisma.UserSelect;

export type AccountListItem = Prisma.UserGetPayload<{ select: ReturnType<typeof listSelect> }>;

export async function listAccounts(actor: Actor, mode: AccountMode, query: AccountListQuery) {
  requireMode(actor, mode);
  const now = new Date();
  const filterUnit = query.unitId
    ? await prisma.unit.findUnique({ where: { id: query.unitId }, select: { id: true, name: true, path: true } })
    : null;
  const and: Prisma.UserWhereInput[] = [];
  if (mode === "operators") and.push(operatorScopeWhere(actor, now, filterUnit?.path));
  else if (filterUnit) {
    and.push({ memberships: { some: { ...currentMembership(now), unit: { path: { startsWith: filterUnit.path } } } } });
  }
  if (query.q) {
    and.push({
      OR: [
        { name: { contains: query.q, mode: "insensitive" } },
        { email: { contains: query.q.toLowerCase() } },
        { nip: { startsWith: query.q } },
      ],
    });
  }
  if (query.status) and.push({ status: query.status });
  if (mode === "all" && query.role) {
    if (query.role === "ADMIN") and.push({ isAdmin: true });
    else if (query.role === "JUDGE") and.push({ judgeProfile: { isNot: null } });
    else and.push({ memberships: { some: { role: query.role, ...currentMembership(now) } } });
  }
  const where: Prisma.UserWhereInput = { AND: and };
  const total = await prisma.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ACCOUNT_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const items = await prisma.user.findMany({
    where,
    select: listSelect(now),
    orderBy: [{ name: "asc" }, { email: "asc" }],
    skip: (page - 1) * ACCOUNT_PAGE_SIZE,
    take: ACCOUNT_PAGE_SIZE,
  });
  if (mode === "operators") {
    // Only the memberships the admin lokal is entitled to see.
    for (const item of items) item.memberships = item.memberships.filter((m) => can(actor, "account:manage-operator", { unitPath: m.unit.path }));
  }
  return { items, total, page, pageCount, filterUnit };
}

export function rolesOf(u: { isAdmin: boolean; judgeProfile: { active: boolean } | null; memberships: { role: string }[] }): AccountRole[] {
  const roles: AccountRole[] = [];
  if (u.isAdmin) roles.push("ADMIN");
  if (u.memberships.some((m) => m.role === "UNIT_ADMIN")) roles.push("UNIT_ADMIN");
  if (u.memberships.some((m) => m.role === "OPERATOR")) roles.push("OPERATOR");
  if (u.judgeProfile) roles.push("JUDGE");
  return roles;
}

export async function getAccountDetail(actor: Actor, mode: AccountMode, userId: string) {
  requireMode(actor, mode);
  const now = new Date();
  const user = await prisma.user.findFirst({
    where: { AND: [{ id: userId }, mode === "operators" ? operatorScopeWhere(actor, now) : {}] },
    select: {
      id: true,
      name: true,
      email: true,
      nip: true,
      phone: true,
      status: true,
      isAdmin: true,
      lastSignInAt: true,
      createdAt: true,
      passwordHash: true,
      judgeProfile: { select: { active: true, affiliation: true, expertise: true } },
      memberships: {
        select: {
          id: true,
          role: true,
          validFrom: true,
          validTo: true,
          unit: { select: { id: true, name: true, path: true, active: true } },
          grantedBy: { select: { name: true } },
        },
        orderBy: [{ validFrom: "desc" }],
      },
      tokens: {
        where: { kind: "INVITATION" },
        select: { createdAt: true, expiresAt: true, usedAt: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
      notifications: {
        where: { template: "account.invitation" },
        select: { state: true, createdAt: true, sentAt: true, attempts: true },
        orderBy: { createdAt: "desc" },
        take: 1,
      },
    },
  });
  if (!user) return null;
  const isCurrent = (m: { validFrom: Date; validTo: Date | null }) => m.validFrom <= now && (!m.validTo || m.validTo > now);
  const visible = mode === "all" ? user.memberships : user.memberships.filter((m) => can(actor, "account:manage-operator", { unitPath: m.unit.path }));
  const current = user.memberships.filter(isCurrent);
  const { passwordHash, tokens, notifications, ...rest } = user;
  return {
    ...rest,
    hasPassword: Boolean(passwordHash),
    memberships: visible.map((m) => ({ ...m, current: isCurrent(m) })),
    roles: rolesOf({ ...user, memberships: current }),
    /** For an admin lokal: this operator also works for units it cannot manage. */
    hasOutsideMemberships: mode === "operators" && current.some((m) => !can(actor, "account:manage-operator", { unitPath: m.unit.path })),
    invitation: tokens[0] ?? null,
    invitationMail: notifications[0] ?? null,
    isSelf: user.id === actor.id,
  };
}
export type AccountDetail = NonNullable<Awaited<ReturnType<typeof getAccountDetail>>>;

/* ───────────────────────────── Changes ───────────────────────────── */

const userSnapshotSelect = {
  id: true,
  email: true,
  name: true,
  nip: true,
  phone: true,
  status: true,
  isAdmin: true,
  sessionVersion: true,
} satisfies Prisma.UserSelect;

function fieldError(field: string, message: string) {
  return new DomainError("CONFLICT", message, { [field]: [message] });
}

async function refuseTakenIdentity(tx: Tx, email: string, nip: string | null, exceptUserId?: string) {
  const not = exceptUserId ? { id: { not: exceptUserId } } : {};
  if (await tx.user.findFirst({ where: { email, ...not }, select: { id: true } })) {
    throw fieldError("email", "Email ini sudah terdaftar pada akun lain.");
  }
  if (nip && (await tx.user.findFirst({ where: { nip, ...not }, select: { id: true } }))) {
    throw fieldError("nip", "NIP ini sudah terdaftar pada akun lain.");
  }
}

function translateUnique(e: unknown): never {
  if (isUniqueViolation(e)) throw new DomainError("CONFLICT", "Email atau NIP ini sudah terdaftar pada akun lain.");
  throw e;
}

async function loadMembershipUnit(tx: Tx, unitId: string, role: "UNIT_ADMIN" | "OPERATOR") {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true, active: true, isInstitution: true } });
  if (!unit) throw new DomainError("INVALID", "Unit tidak ditemukan.", { unitId: ["Unit tidak ditemukan."] });
  if (!unit.active) throw new DomainError("INVALID", `${unit.name} sedang nonaktif.`, { unitId: [`${unit.name} sedang nonaktif.`] });
  if (role === "UNIT_ADMIN" && !unit.isInstitution) {
    const message = "Admin lokal ditempatkan pada instansi: kabupaten/kota, perangkat daerah provinsi, atau BUMD.";
    throw new DomainError("INVALID", message, { unitId: [message] });
  }
  return unit;
}

function roleDescription(role: AccountRole, unitName: string | null): string {
  switch (role) {
    case "ADMIN":
      return "admin provinsi (sekretariat KOVABLIK)";
    case "UNIT_ADMIN":
      return `admin lokal ${unitName}`;
    case "OPERATOR":
      return `operator ${unitName}`;
    case "JUDGE":
      return "juri";
  }
}

async function sendInvitation(
  tx: Tx,
  user: { id: string; name: string; email: string },
  description: string,
  invitedBy: string,
  now = new Date(),
) {
  const token = await issueAccountToken(tx, user.id, "INVITATION", now);
  const expires = new Date(now.getTime() + TOKEN_LIFETIME_MS.INVITATION);
  await enqueueNotification(tx, {
    recipientEmail: user.email,
    recipientId: user.id,
    template: "account.invitation",
    subject: "Undangan akun Portal KOVABLIK",
    body: [
      `Yth. ${user.name},`,
      "",
      `${invitedBy} mendaftarkan Anda sebagai ${description} di Portal KOVABLIK (Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur).`,
      "",
      "Untuk mengaktifkan akun, buat kata sandi Anda melalui tautan berikut:",
      accountLink(`/atur-kata-sandi/${token}`),
      "",
      `Tautan ini hanya dapat dipakai sekali dan berlaku sampai ${formatDateTimeWIB(expires)}. Jika Anda tidak merasa memerlukan akun ini, abaikan email ini.`,
      "",
      "Salam,",
      "Sekretariat KOVABLIK",
      "Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur",
    ].join("\n"),
  });
}

type NewAccount = Omit<InviteAccountInput, "unitId" | "affiliation"> & { unitId?: string; affiliation?: string };

async function createInvitedAccount(tx: Tx, actor: Actor, input: NewAccount, unit: { id: string; name: string } | null) {
  const nip = input.nip || null;
  await refuseTakenIdentity(tx, input.email, nip);
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      nip,
      phone: input.phone || null,
      status: "INVITED",
      isAdmin: input.role === "ADMIN",
      judgeProfile: input.role === "JUDGE" ? { create: { affiliation: input.affiliation || null } } : undefined,
      memberships:
        unit && (input.role === "UNIT_ADMIN" || input.role === "OPERATOR")
          ? { create: { unitId: unit.id, role: input.role, grantedById: actor.id } }
          : undefined,
    },
    select: userSnapshotSelect,
  });
  await sendInvitation(tx, user, roleDescription(input.role, unit?.name ?? null), actor.name);
  await recordAudit(tx, {
    actorId: actor.id,
    action: "account.invite",
    entityType: "User",
    entityId: user.id,
    after: { ...user, role: input.role, unitId: unit?.id ?? null },
  });
  return { id: user.id, email: user.email };
}

/** Admins: any role. */
export async function inviteAccount(actor: Actor, input: InviteAccountInput) {
  requireMode(actor, "all");
  try {
    const created = await prisma.$transaction(async (tx) => {
      const unit =
        input.role === "UNIT_ADMIN" || input.role === "OPERATOR" ? await loadMembershipUnit(tx, input.unitId, input.role) : null;
      return createInvitedAccount(tx, actor, input, unit);
    });
    deliverSoon();
    return created;
  } catch (e) {
    translateUnique(e);
  }
}

/** Admin lokal (or admin): an operator of a unit inside the actor's subtree. */
export async function inviteOperator(actor: Actor, input: InviteOperatorInput) {
  requireMode(actor, "operators");
  try {
    const created = await prisma.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { path: true } });
      // Same answer for "no such unit" and "not yours": the caller learns nothing about other subtrees.
      if (!unit || !can(actor, "account:manage-operator", { unitPath: unit.path })) throw forbidden(OPERATORS_ONLY);
      authorize(actor, "account:manage-operator", { unitPath: unit.path });
      const target = await loadMembershipUnit(tx, input.unitId, "OPERATOR");
      return createInvitedAccount(tx, actor, { ...input, role: "OPERATOR" }, target);
    });
    deliverSoon();
    return created;
  } catch (e) {
    translateUnique(e);
  }
}

/**
 * For an admin lokal: the target is an operator (no admin, admin lokal or judge role) and every one of its
 * operator memberships is inside the actor's subtree. Admins pass straight through.
 */
async function assertCanChangeAccount(tx: Tx, actor: Actor, mode: AccountMode, userId: string, now: Date) {
  const target = await tx.user.findUnique({
    where: { id: userId },
    select: {
      ...userSnapshotSelect,
      passwordHash: true,
      judgeProfile: { select: { active: true } },
      memberships: { where: currentMembership(now), select: { role: true, unit: { select: { name: true, path: true } } } },
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

export async function setAccountEnabled(actor: Actor, mode: AccountMode, input: SetAccountEnabledInput) {
  requireMode(actor, mode);
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const before = await assertCanChangeAccount(tx, actor, mode, input.userId, now);
    if (!input.enabled && before.id === actor.id) {
      throw new DomainError("FORBIDDEN", "Anda tidak dapat menonaktifkan akun Anda sendiri.");
    }
    if (input.enabled === (before.status !== "DISABLED")) {
      throw new DomainError("CONFLICT", input.enabled ? "Akun ini sudah aktif." : "Akun ini sudah nonaktif.");
    }
    const after = await tx.user.update({
      where: { id: before.id },
      data: input.enabled
        ? // Someone who never set a password goes back to waiting for the invitation.
          { status: before.passwordHash ? "ACTIVE" : "INVITED" }
        : // A new session version ends every open session at the next request.
          { status: "DISABLED", sessionVersion: { increment: 1 } },
      select: userSnapshotSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.enabled ? "account.enable" : "account.disable",
      entityType: "User",
      entityId: before.id,
      before: { status: before.status, sessionVersion: before.sessionVersion },
      after: { status: after.status, sessionVersion: after.sessionVersion },
    });
    return { status: after.status };
  });
}

export async function resendInvitation(actor: Actor, mode: AccountMode, userId: string) {
  requireMode(actor, mode);
  const result = await prisma.$transaction(async (tx) => {
    const now = new Date();
    const target = await assertCanChangeAccount(tx, actor, mode, userId, now);
    if (target.status === "ACTIVE") {
      throw new DomainError("CONFLICT", "Akun ini sudah aktif. Pemiliknya dapat memakai fitur lupa kata sandi.");
    }
    if (target.status === "DISABLED") throw new DomainError("CONFLICT", "Akun ini nonaktif. Aktifkan dahulu sebelum mengirim undangan.");
    const role = rolesOf(target)[0] ?? "OPERATOR";
    const unitName = target.memberships.find((m) => m.role === role)?.unit.name ?? null;
    await sendInvitation(tx, target, roleDescription(role, unitName), actor.name, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.resend-invitation",
      entityType: "User",
      entityId: target.id,
      after: { email: target.email },
    });
    return { email: target.email };
  });
  deliverSoon();
  return result;
}

export async function updateProfile(actor: Actor, input: UpdateProfileInput) {
  requireMode(actor, "all");
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: input.userId }, select: userSnapshotSelect });
      if (!before) throw notFound("Akun");
      const nip = input.nip || null;
      await refuseTakenIdentity(tx, input.email, nip, before.id);
      const after = await tx.user.update({
        where: { id: before.id },
        data: { name: input.name, email: input.email, nip, phone: input.phone || null },
        select: userSnapshotSelect,
      });
      await recordAudit(tx, { actorId: actor.id, action: "account.update", entityType: "User", entityId: before.id, before, after });
      return { name: after.name };
    });
  } catch (e) {
    translateUnique(e);
  }
}

export async function addMembership(actor: Actor, input: AddMembershipInput) {
  requireMode(actor, "all");
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } });
      if (!user) throw notFound("Akun");
      const unit = await loadMembershipUnit(tx, input.unitId, input.role);
      const existing = await tx.membership.findFirst({
        where: { userId: user.id, unitId: unit.id, role: input.role, validTo: null },
        select: { id: true },
      });
      if (existing) throw new DomainError("CONFLICT", "Akun ini sudah memegang peran tersebut di unit ini.");
      const m = await tx.membership.create({
        data: { userId: user.id, unitId: unit.id, role: input.role, grantedById: actor.id },
        select: { id: true, userId: true, unitId: true, role: true, validFrom: true },
      });
      await recordAudit(tx, { actorId: actor.id, action: "membership.add", entityType: "Membership", entityId: m.id, after: m });
      return { unitName: unit.name };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("CONFLICT", "Akun ini sudah memegang peran tersebut di unit ini.");
    throw e;
  }
}

/** Ends a membership now. Never deleted: conflict-of-interest checks need to know who belonged where. */
export async function endMembership(actor: Actor, mode: AccountMode, membershipId: string) {
  requireMode(actor, mode);
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const m = await tx.membership.findUnique({
      where: { id: membershipId },
      select: { id: true, userId: true, unitId: true, role: true, validFrom: true, validTo: true, unit: { select: { name: true, path: true } } },
    });
    if (!m) throw mode === "all" ? notFound("Keanggotaan") : forbidden(OPERATORS_ONLY);
    if (mode === "operators") {
      if (m.role !== "OPERATOR") throw forbidden(OPERATORS_ONLY);
      authorize(actor, "account:manage-operator", { unitPath: m.unit.path });
      const target = await tx.user.findUniqueOrThrow({
        where: { id: m.userId },
        select: { isAdmin: true, judgeProfile: { select: { active: true } }, memberships: { where: { role: "UNIT_ADMIN", ...currentMembership(now) }, select: { id: true } } },
      });
      if (target.isAdmin || target.judgeProfile || target.memberships.length) throw forbidden(OPERATORS_ONLY);
    }
    if (m.validTo && m.validTo <= now) throw new DomainError("CONFLICT", "Keanggotaan ini sudah berakhir.");
    // A membership that has not started yet still needs validTo after validFrom (a CHECK holds it).
    const validTo = m.validFrom < now ? now : new Date(m.validFrom.getTime() + 1);
    await tx.membership.update({ where: { id: m.id }, data: { validTo } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "membership.end",
      entityType: "Membership",
      entityId: m.id,
      before: { userId: m.userId, unitId: m.unitId, role: m.role, validTo: m.validTo },
      after: { userId: m.userId, unitId: m.unitId, role: m.role, validTo },
    });
    return { unitName: m.unit.name };
  });
}
