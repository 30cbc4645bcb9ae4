import "server-only";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { workingEditionQuery } from "@/lib/editions/working-edition";
import type { ProposalStatus } from "@/lib/proposals/lifecycle";
import { returnNotes, type ReturnNote } from "@/lib/proposals/return-notes";
import { listOwnAppointments } from "@/lib/judging/declarations";
import { editionHeadSelect } from "@/lib/editions/selects";

// What each role's dashboard shows. Every figure is counted in the database within the actor's own scope:
// an admin lokal sees only its institution's subtree, an operator only its units, a judge only its own
// appointments. Nothing here is invented: where a feature does not exist yet, the page says so.

export type DashboardEdition = {
  year: number;
  theme: string;
  status: "DRAFT" | "OPEN" | "JUDGING" | "ANNOUNCED" | "ARCHIVED";
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  defaultQuota: number;
};

/** The edition people are working on: the newest one that is not a draft. */
export async function getCurrentEdition(): Promise<(DashboardEdition & { id: string }) | null> {
  return prisma.edition.findFirst({
    ...workingEditionQuery,
    select: { ...editionHeadSelect, defaultQuota: true },
  });
}

const activeMembership = (now: Date) => ({
  validFrom: { lte: now },
  OR: [{ validTo: null }, { validTo: { gt: now } }],
});

// ───────────────────────────── Admin (Biro Organisasi) ─────────────────────────────

export type AdminDashboard = {
  units: number;
  institutions: number;
  activeAccounts: number;
  invitedAccounts: number;
  disabledAccounts: number;
  pendingMessages: number;
  failedMessages: number;
};

export async function getAdminDashboard(actor: Actor | null): Promise<AdminDashboard> {
  authorize(actor, "dashboard:admin");
  const [units, institutions, accounts, messages] = await Promise.all([
    prisma.unit.count({ where: { active: true } }),
    prisma.unit.count({ where: { active: true, isInstitution: true } }),
    prisma.user.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.notification.groupBy({ by: ["state"], _count: { _all: true } }),
  ]);
  const byStatus = (s: string) => accounts.find((a) => a.status === s)?._count._all ?? 0;
  const byState = (s: string) => messages.find((m) => m.state === s)?._count._all ?? 0;
  return {
    units,
    institutions,
    activeAccounts: byStatus("ACTIVE"),
    invitedAccounts: byStatus("INVITED"),
    disabledAccounts: byStatus("DISABLED"),
    pendingMessages: byState("PENDING"),
    failedMessages: byState("FAILED"),
  };
}

// ───────────────────────────── Admin lokal ─────────────────────────────

export type UnitAdminInstitution = {
  unitId: string;
  name: string;
  /** Units below the institution (the institution itself not counted). */
  unitsBelow: number;
  activeOperators: number;
  /** Operator accounts invited but not yet activated. */
  invitedOperators: number;
  /** Proposals the institution may send to the province in the current edition. */
  quota: number | null;
};

export type UnitAdminDashboard = { institutions: UnitAdminInstitution[] };

/** Drops units that lie inside another unit of the list, so a subtree is never counted twice. */
function outermost<T extends { unitPath: string }>(items: T[]): T[] {
  return items.filter(
    (a) => !items.some((b) => b !== a && a.unitPath.startsWith(b.unitPath) && a.unitPath !== b.unitPath),
  );
}

export async function getUnitAdminDashboard(actor: Actor | null, now = new Date()): Promise<UnitAdminDashboard> {
  authorize(actor, "dashboard:unit-admin");
  const roots = outermost(actor.memberships.filter((m) => m.role === "UNIT_ADMIN"));
  const edition = await getCurrentEdition();
  const institutions = await Promise.all(
    roots.map(async (m): Promise<UnitAdminInstitution> => {
      const inSubtree = { path: { startsWith: m.unitPath } };
      const operatorIn = (status: "ACTIVE" | "INVITED") =>
        prisma.user.count({
          where: { status, memberships: { some: { role: "OPERATOR", ...activeMembership(now), unit: inSubtree } } },
        });
      const [unitsBelow, activeOperators, invitedOperators, quota] = await Promise.all([
        prisma.unit.count({ where: { ...inSubtree, active: true, id: { not: m.unitId } } }),
        operatorIn("ACTIVE"),
        operatorIn("INVITED"),
        edition
          ? prisma.quota.findUnique({
              where: { editionId_institutionId: { editionId: edition.id, institutionId: m.unitId } },
              select: { maxProposals: true },
            })
          : null,
      ]);
      return {
        unitId: m.unitId,
        name: m.unitName,
        unitsBelow,
        activeOperators,
        invitedOperators,
        quota: edition ? (quota?.maxProposals ?? edition.defaultQuota) : null,
      };
    }),
  );
  return { institutions };
}

// ───────────────────────────── Operator ─────────────────────────────

export type OperatorUnit = {
  unitId: string;
  name: string;
  /** The institution the unit belongs to (the nearest one at or above it), whose admin lokal reviews proposals. */
  institution: string | null;
  unitAdmins: { name: string; email: string }[];
};

export type ReturnedProposal = { id: string; title: string; unitName: string; note: ReturnNote };

/** `returned`: proposals of the operator's units waiting for their correction ("perlu diperbaiki"). */
export type OperatorDashboard = { units: OperatorUnit[]; returned: { total: number; items: ReturnedProposal[] } };

const RETURNED_SHOWN = 5;

async function returnedProposals(unitPaths: string[]): Promise<OperatorDashboard["returned"]> {
  if (unitPaths.length === 0) return { total: 0, items: [] };
  const where = {
    status: { in: ["RETURNED_TO_UNIT", "RETURNED_FOR_CORRECTION"] as ProposalStatus[] },
    edition: { status: { not: "ARCHIVED" as const } },
    unit: { OR: unitPaths.map((p) => ({ path: { startsWith: p } })) },
  };
  const [total, rows] = await Promise.all([
    prisma.proposal.count({ where }),
    prisma.proposal.findMany({
      where,
      select: { id: true, title: true, status: true, correctionDeadline: true, unit: { select: { name: true } } },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: RETURNED_SHOWN,
    }),
  ]);
  const notes = await returnNotes(rows);
  const items = rows.flatMap((r) => {
    const note = notes.get(r.id);
    return note ? [{ id: r.id, title: r.title, unitName: r.unit.name, note }] : [];
  });
  return { total, items };
}

export async function getOperatorDashboard(actor: Actor | null, now = new Date()): Promise<OperatorDashboard> {
  authorize(actor, "dashboard:operator");
  const memberships = actor.memberships.filter((m) => m.role === "OPERATOR");
  const units = await Promise.all(
    memberships.map(async (m): Promise<OperatorUnit> => {
      const ancestorIds = m.unitPath.split("/").filter(Boolean);
      const institution = await prisma.unit.findFirst({
        where: { id: { in: ancestorIds }, isInstitution: true },
        orderBy: { depth: "desc" },
        select: { id: true, name: true },
      });
      // The admin lokal who will review this unit's proposals: held on the institution or above it.
      const unitAdmins = await prisma.user.findMany({
        where: {
          status: "ACTIVE",
          memberships: { some: { role: "UNIT_ADMIN", unitId: { in: ancestorIds }, ...activeMembership(now) } },
        },
        select: { name: true, email: true },
        orderBy: { name: "asc" },
        take: 5,
      });
      return { unitId: m.unitId, name: m.unitName, institution: institution?.name ?? null, unitAdmins };
    }),
  );
  return { units, returned: await returnedProposals(memberships.map((m) => m.unitPath)) };
}

// ───────────────────────────── Judge ─────────────────────────────

export type JudgeAppointmentSummary = {
  id: string;
  /** The round's desk: /juri/babak/<roundId>. */
  roundId: string;
  roundName: string;
  editionYear: number;
  opensAt: Date | null;
  closesAt: Date | null;
  state: "DRAFT" | "OPEN" | "CLOSED" | "SEALED";
  declarationSigned: boolean;
  assignments: number;
};

export type JudgeDashboard = { appointments: JudgeAppointmentSummary[] };

export async function getJudgeDashboard(actor: Actor | null): Promise<JudgeDashboard> {
  authorize(actor, "dashboard:judge");
  // The same list, and the same count of live assignments, as the judge's own page (/juri).
  const rows = await listOwnAppointments(actor);
  return {
    appointments: rows.map((r) => ({
      id: r.id,
      roundId: r.round.id,
      roundName: r.round.name,
      editionYear: r.round.edition.year,
      opensAt: r.round.opensAt,
      closesAt: r.round.closesAt,
      state: r.round.state,
      declarationSigned: r.declarationSignedAt !== null,
      assignments: r.assigned,
    })),
  };
}

// ───────────────────────────── The page ─────────────────────────────

export type Dashboard = {
  edition: DashboardEdition | null;
  admin?: AdminDashboard;
  unitAdmin?: UnitAdminDashboard;
  operator?: OperatorDashboard;
  judge?: JudgeDashboard;
};

/** One section per role the actor holds; a user may hold several. */
export async function getDashboard(actor: Actor, now = new Date()): Promise<Dashboard> {
  const [edition, admin, unitAdmin, operator, judge] = await Promise.all([
    getCurrentEdition(),
    can(actor, "dashboard:admin") ? getAdminDashboard(actor) : undefined,
    can(actor, "dashboard:unit-admin") ? getUnitAdminDashboard(actor, now) : undefined,
    can(actor, "dashboard:operator") ? getOperatorDashboard(actor, now) : undefined,
    can(actor, "dashboard:judge") ? getJudgeDashboard(actor) : undefined,
  ]);
  return { edition, admin, unitAdmin, operator, judge };
}
