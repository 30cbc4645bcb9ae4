import "server-only";
import { scopePrefixes, type Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { pageSlice } from "@/lib/pagination";
import { windowOpen, type ProposalStatus } from "./lifecycle";
import { PROPOSAL_PAGE_SIZE, type ProposalListQuery } from "./schemas";
import { returnNotes, type ReturnNote } from "./return-notes";

// The proposals an operator or admin lokal works on in the open edition, and what it may start.

/** The edition operators are drafting for now: the newest one open for registration. */
export async function getOpenEdition() {
  return prisma.edition.findFirst({
    where: { status: "OPEN" },
    orderBy: { year: "desc" },
    select: { id: true, year: true, theme: true, registrationOpensAt: true, registrationClosesAt: true },
  });
}

/** May new proposals be started now (registration opened and not yet closed)? */
export function registrationOpenForNew(
  edition: { registrationOpensAt: Date | null; registrationClosesAt: Date | null },
  now: Date,
): boolean {
  if (edition.registrationOpensAt && now < edition.registrationOpensAt) return false;
  return windowOpen(
    "registration",
    { registrationClosesAt: edition.registrationClosesAt, extensionUntil: null, correctionDeadline: null },
    now,
  );
}

/** A row of the operator's own list (/usulan); the review queues use workflow-queries' ProposalListItem. */
export type DraftListItem = {
  id: string;
  title: string;
  status: ProposalStatus;
  unitName: string;
  lastSavedAt: Date;
  /** Why it came back, when it did: the operator sees the note in the list, not only in mail. */
  returnNote: ReturnNote | null;
};

export async function listProposals(actor: Actor, query: ProposalListQuery) {
  const edition = await getOpenEdition();
  const now = new Date();
  const empty = { edition, registrationOpen: false, items: [] as DraftListItem[], total: 0, page: 1, pageCount: 1 };
  if (!edition) return empty;
  const registrationOpen = registrationOpenForNew(edition, now);
  const prefixes = [...scopePrefixes(actor, "OPERATOR"), ...scopePrefixes(actor, "UNIT_ADMIN")];
  if (!actor.isAdmin && prefixes.length === 0) return { ...empty, registrationOpen };
  const where: Prisma.ProposalWhereInput = {
    editionId: edition.id,
    ...(actor.isAdmin ? {} : { unit: { OR: prefixes.map((p) => ({ path: { startsWith: p } })) } }),
    ...(query.q ? { title: { contains: query.q, mode: "insensitive" } } : {}),
  };
  const total = await prisma.proposal.count({ where });
  const { page, pageCount, skip, take } = pageSlice(total, query.page, PROPOSAL_PAGE_SIZE);
  const rows = await prisma.proposal.findMany({
    where,
    select: {
      id: true,
      title: true,
      status: true,
      correctionDeadline: true,
      updatedAt: true,
      unit: { select: { name: true } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip,
    take,
  });
  // Section saves do not touch the proposal row, so the last save is the later of the two.
  const answerTimes = rows.length
    ? await prisma.answer.groupBy({
        by: ["proposalId"],
        where: { proposalId: { in: rows.map((r) => r.id) } },
        _max: { updatedAt: true },
      })
    : [];
  const lastAnswer = new Map(answerTimes.map((a) => [a.proposalId, a._max.updatedAt]));
  const notes = await returnNotes(rows);
  const items = rows.map((r): DraftListItem => {
    const a = lastAnswer.get(r.id);
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      unitName: r.unit.name,
      lastSavedAt: a && a > r.updatedAt ? a : r.updatedAt,
      returnNote: notes.get(r.id) ?? null,
    };
  });
  return { edition, registrationOpen, items, total, page, pageCount };
}

export type UnitChoice = { id: string; name: string };

/** Units the actor may start a proposal for: its own units, and for an admin lokal the units below it. */
export async function creatableUnits(actor: Actor): Promise<UnitChoice[]> {
  const own = actor.memberships.map((m) => ({ id: m.unitId, name: m.unitName }));
  const adminPrefixes = scopePrefixes(actor, "UNIT_ADMIN");
  const below = adminPrefixes.length
    ? await prisma.unit.findMany({
        where: { active: true, OR: adminPrefixes.map((p) => ({ path: { startsWith: p } })) },
        select: { id: true, name: true },
        orderBy: [{ depth: "asc" }, { name: "asc" }],
        take: 300,
      })
    : [];
  const seen = new Set<string>();
  return [...own, ...below].filter((u) => (seen.has(u.id) ? false : (seen.add(u.id), true)));
}
