import "server-only";
import { prisma, Prisma } from "@/lib/db";
import { pageSlice } from "@/lib/pagination";
import { COUNTS_AGAINST_QUOTA, type ProposalStatus } from "@/lib/proposals/lifecycle";
import { QUOTA_PAGE_SIZE, type EditionStatus } from "./schemas";
import { editionHeadSelect } from "./selects";

// What the secretariat reads of editions: the list, one edition's whole setup, and the quota table.

/** Statuses of a proposal still being written at unit or admin-lokal level (not yet with the province). */
const IN_PROGRESS: ProposalStatus[] = ["DRAFT", "WITH_UNIT_ADMIN", "RETURNED_TO_UNIT"];

export type EditionListItem = {
  id: string;
  year: number;
  theme: string;
  status: EditionStatus;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  proposalsByStatus: Partial<Record<ProposalStatus, number>>;
  proposalTotal: number;
};

export async function listEditions(): Promise<EditionListItem[]> {
  const [editions, counts] = await Promise.all([
    prisma.edition.findMany({
      orderBy: { year: "desc" },
      select: editionHeadSelect,
    }),
    prisma.proposal.groupBy({ by: ["editionId", "status"], _count: { _all: true } }),
  ]);
  return editions.map((e) => {
    const proposalsByStatus: Partial<Record<ProposalStatus, number>> = {};
    let proposalTotal = 0;
    for (const c of counts) {
      if (c.editionId !== e.id) continue;
      proposalsByStatus[c.status] = c._count._all;
      proposalTotal += c._count._all;
    }
    return { ...e, proposalsByStatus, proposalTotal };
  });
}

export async function getEditionSetup(year: number) {
  if (!Number.isInteger(year)) return null;
  const edition = await prisma.edition.findUnique({
    where: { year },
    include: {
      groups: { orderBy: { kind: "asc" }, include: { _count: { select: { proposals: true } } } },
      categories: {
        orderBy: { order: "asc" },
        include: { _count: { select: { proposals: true, appointments: true } } },
      },
      rounds: {
        orderBy: { order: "asc" },
        select: { id: true, order: true, kind: true, name: true, opensAt: true, closesAt: true },
      },
      sections: {
        where: { archivedAt: null },
        orderBy: [{ order: "asc" }, { id: "asc" }],
        include: { _count: { select: { answers: true } } },
      },
      attachmentRequirements: { orderBy: { kind: "asc" } },
      _count: { select: { proposals: true, sections: { where: { archivedAt: { not: null } } } } },
    },
  });
  return edition;
}
export type EditionSetup = NonNullable<Awaited<ReturnType<typeof getEditionSetup>>>;

export type QuotaRow = {
  institutionId: string;
  name: string;
  kind: string;
  override: number | null;
  submitted: number;
  inProgress: number;
};

/** Institutions with their quota in this edition: a page of the list, searched by name. */
export async function listQuotas(
  editionId: string,
  query: { q: string; page: number },
): Promise<{
  items: QuotaRow[];
  total: number;
  page: number;
  pageCount: number;
  overrides: number;
  defaultQuota: number;
}> {
  const where: Prisma.UnitWhereInput = {
    isInstitution: true,
    active: true,
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { shortName: { contains: query.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, overrides, edition] = await Promise.all([
    prisma.unit.count({ where }),
    prisma.quota.count({ where: { editionId } }),
    prisma.edition.findUnique({ where: { id: editionId }, select: { defaultQuota: true } }),
  ]);
  const { page, pageCount, skip, take } = pageSlice(total, query.page, QUOTA_PAGE_SIZE);
  const units = await prisma.unit.findMany({
    where,
    // Kabupaten/kota, then provincial agencies, then BUMD; alphabetical inside each.
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    skip,
    take,
    select: { id: true, name: true, kind: true, quotas: { where: { editionId }, select: { maxProposals: true } } },
  });
  const ids = units.map((u) => u.id);
  const counts = ids.length
    ? await prisma.proposal.groupBy({
        by: ["institutionId", "status"],
        where: { editionId, institutionId: { in: ids }, status: { in: [...COUNTS_AGAINST_QUOTA, ...IN_PROGRESS] } },
        _count: { _all: true },
      })
    : [];
  const sum = (unitId: string, statuses: ProposalStatus[]) =>
    counts
      .filter((c) => c.institutionId === unitId && statuses.includes(c.status))
      .reduce((n, c) => n + c._count._all, 0);
  return {
    items: units.map((u) => ({
      institutionId: u.id,
      name: u.name,
      kind: u.kind,
      override: u.quotas[0]?.maxProposals ?? null,
      submitted: sum(u.id, COUNTS_AGAINST_QUOTA),
      inProgress: sum(u.id, IN_PROGRESS),
    })),
    total,
    page,
    pageCount,
    overrides,
    defaultQuota: edition?.defaultQuota ?? 0,
  };
}
