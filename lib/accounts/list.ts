import "server-only";
import { can, type Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { pageSlice } from "@/lib/pagination";
import { currentMembership } from "@/lib/units/memberships";
import { ACCOUNT_PAGE_SIZE, type AccountListQuery, type AccountRole } from "./schemas";
import { operatorScopeWhere, requireMode, type AccountMode } from "./scope";

// The account lists and one account's page, for admins (every account) and for an admin lokal (only the
// operators of its own subtree, showing only the memberships it may manage).

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
  const { page, pageCount, skip, take } = pageSlice(total, query.page, ACCOUNT_PAGE_SIZE);
  const items = await prisma.user.findMany({
    where,
    select: listSelect(now),
    orderBy: [{ name: "asc" }, { email: "asc" }],
    skip,
    take,
  });
  if (mode === "operators") {
    // Only the memberships the admin lokal is entitled to see.
    for (const item of items)
      item.memberships = item.memberships.filter((m) =>
        can(actor, "account:manage-operator", { unitPath: m.unit.path }),
      );
  }
  return { items, total, page, pageCount, filterUnit };
}

export function rolesOf(u: {
  isAdmin: boolean;
  judgeProfile: { active: boolean } | null;
  memberships: { role: string }[];
}): AccountRole[] {
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
  const isCurrent = (m: { validFrom: Date; validTo: Date | null }) =>
    m.validFrom <= now && (!m.validTo || m.validTo > now);
  const visible =
    mode === "all"
      ? user.memberships
      : user.memberships.filter((m) => can(actor, "account:manage-operator", { unitPath: m.unit.path }));
  const current = user.memberships.filter(isCurrent);
  const { passwordHash, tokens, notifications, ...rest } = user;
  return {
    ...rest,
    hasPassword: Boolean(passwordHash),
    memberships: visible.map((m) => ({ ...m, current: isCurrent(m) })),
    roles: rolesOf({ ...user, memberships: current }),
    /** For an admin lokal: this operator also works for units it cannot manage. */
    hasOutsideMemberships:
      mode === "operators" && current.some((m) => !can(actor, "account:manage-operator", { unitPath: m.unit.path })),
    invitation: tokens[0] ?? null,
    invitationMail: notifications[0] ?? null,
    isSelf: user.id === actor.id,
  };
}

export type AccountDetail = NonNullable<Awaited<ReturnType<typeof getAccountDetail>>>;
