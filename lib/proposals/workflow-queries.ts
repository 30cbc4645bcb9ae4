import "server-only";
import { pageSlice } from "@/lib/pagination";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma, Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { workingEditionQuery } from "@/lib/editions/working-edition";
import type { ProposalStatus } from "./lifecycle";
import { PROPOSAL_PAGE_SIZE } from "./schemas";
import { quotaOf, requireRolesOn, type Quota } from "./workflow";

/** One administrative check as the proposal's history shows it (the check screen adds its items). */
export const checkSummarySelect = {
  attempt: true,
  outcome: true,
  reason: true,
  correctionDeadline: true,
  decidedAt: true,
  decidedBy: { select: { name: true } },
} satisfies Prisma.AdminCheckSelect;

// What the admin lokal and the province see of the submission flow. Every list is filtered in the database by
// the actor's own subtree; a proposal outside it reads as "not found".

export type WorkingEdition = {
  id: string;
  year: number;
  theme: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
};

/** The edition people are working on: the newest one that is not a draft. */
export async function workingEdition(): Promise<WorkingEdition | null> {
  return prisma.edition.findFirst({
    ...workingEditionQuery,
    select: { id: true, year: true, theme: true, registrationOpensAt: true, registrationClosesAt: true },
  });
}

const listItemSelect = {
  id: true,
  title: true,
  status: true,
  updatedAt: true,
  submittedAt: true,
  extensionUntil: true,
  correctionDeadline: true,
  unit: { select: { id: true, name: true } },
  institution: { select: { id: true, name: true } },
  group: { select: { name: true } },
  category: { select: { name: true } },
} satisfies Prisma.ProposalSelect;

export type ProposalListItem = Prisma.ProposalGetPayload<{ select: typeof listItemSelect }>;

// ───────────────────────────── Admin lokal ─────────────────────────────

export type QueueBucket = "review" | "drafts" | "returned" | "submitted" | "withdrawn";

export const BUCKET_OF: Record<ProposalStatus, QueueBucket> = {
  WITH_UNIT_ADMIN: "review",
  DRAFT: "drafts",
  RETURNED_TO_UNIT: "returned",
  RETURNED_FOR_CORRECTION: "returned",
  SUBMITTED: "submitted",
  RESUBMITTED: "submitted",
  PASSED: "submitted",
  FAILED: "submitted",
  WITHDRAWN: "withdrawn",
};

export type QueueInstitution = {
  unitId: string;
  name: string;
  quota: Quota | null;
  buckets: Record<QueueBucket, ProposalListItem[]>;
};

/** Drops units that lie inside another unit of the list, so a subtree is never shown twice. */
function outermost<T extends { unitPath: string }>(items: T[]): T[] {
  return items.filter(
    (a) => !items.some((b) => b !== a && a.unitPath.startsWith(b.unitPath) && a.unitPath !== b.unitPath),
  );
}

export async function unitAdminQueue(
  actor: Actor,
  q = "",
): Promise<{ edition: WorkingEdition | null; institutions: QueueInstitution[] }> {
  authorize(actor, "proposal:review-queue");
  const edition = await workingEdition();
  const roots = outermost(actor.memberships.filter((m) => m.role === "UNIT_ADMIN"));
  const institutions = await Promise.all(
    roots.map(async (m): Promise<QueueInstitution> => {
      const empty = (): Record<QueueBucket, ProposalListItem[]> => ({
        review: [],
        drafts: [],
        returned: [],
        submitted: [],
        withdrawn: [],
      });
      if (!edition) return { unitId: m.unitId, name: m.unitName, quota: null, buckets: empty() };
      // The quota belongs to the nearest institution at or above the admin lokal's unit.
      const institution = await prisma.unit.findFirst({
        where: { id: { in: m.unitPath.split("/").filter(Boolean) }, isInstitution: true },
        orderBy: { depth: "desc" },
        select: { id: true },
      });
      const items = await prisma.proposal.findMany({
        where: {
          editionId: edition.id,
          unit: { path: { startsWith: m.unitPath } },
          ...(q ? { title: { contains: q, mode: "insensitive" } } : {}),
        },
        select: listItemSelect,
        orderBy: [{ updatedAt: "desc" }],
      });
      const buckets = empty();
      for (const item of items) buckets[BUCKET_OF[item.status]].push(item);
      return {
        unitId: m.unitId,
        name: m.unitName,
        quota: institution ? await quotaOf(prisma, edition.id, institution.id) : null,
        buckets,
      };
    }),
  );
  return { edition, institutions };
}

// ───────────────────────────── One proposal, read-only ─────────────────────────────

export async function proposalForReview(actor: Actor, proposalId: string) {
  const p = await prisma.proposal.findUnique({
    where: { id: proposalId },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      editionId: true,
      institutionId: true,
      implementationStartedOn: true,
      sdgs: true,
      videoUrl: true,
      priorAwards: true,
      extensionUntil: true,
      correctionDeadline: true,
      submittedAt: true,
      createdAt: true,
      updatedAt: true,
      unit: { select: { name: true, path: true } },
      institution: { select: { name: true } },
      group: { select: { name: true, kind: true } },
      category: { select: { name: true } },
      replicatedInnovation: { select: { name: true, unit: { select: { name: true } } } },
      innovators: { select: { name: true, nip: true, position: true }, orderBy: { order: "asc" } },
      edition: { select: { year: true, registrationClosesAt: true } },
      answers: { select: { sectionId: true, text: true, wordCount: true } },
      attachments: {
        where: { deletedAt: null },
        select: { id: true, kind: true, fileName: true, contentType: true, sizeBytes: true, uploadedAt: true },
        orderBy: { uploadedAt: "asc" },
      },
      events: {
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          comment: true,
          at: true,
          actor: { select: { name: true } },
        },
        orderBy: [{ at: "desc" }, { id: "desc" }],
      },
      checks: {
        select: checkSummarySelect,
        orderBy: { attempt: "desc" },
      },
    },
  });
  if (!p) throw notFound("Usulan");
  const roles = requireRolesOn(actor, p);
  const [sections, requirements, quota] = await Promise.all([
    prisma.formSection.findMany({
      where: { editionId: p.editionId, OR: [{ archivedAt: null }, { answers: { some: { proposalId: p.id } } }] },
      select: { id: true, title: true, wordLimit: true, required: true },
      orderBy: { order: "asc" },
    }),
    prisma.attachmentRequirement.findMany({
      where: { editionId: p.editionId },
      select: { kind: true, label: true, required: true },
    }),
    quotaOf(prisma, p.editionId, p.institutionId),
  ]);
  const answerOf = new Map(p.answers.map((a) => [a.sectionId, a]));
  return {
    ...p,
    roles,
    quota,
    sections: sections.map((s) => ({
      ...s,
      text: answerOf.get(s.id)?.text ?? "",
      wordCount: answerOf.get(s.id)?.wordCount ?? 0,
    })),
    requirements,
  };
}

export type ProposalReview = Awaited<ReturnType<typeof proposalForReview>>;

// ───────────────────────────── Province ─────────────────────────────

export type StageFilter = "AWAITING_CHECK" | "AT_UNITS";
export const STAGE_FILTERS: Record<StageFilter, ProposalStatus[]> = {
  AWAITING_CHECK: ["SUBMITTED", "RESUBMITTED"],
  AT_UNITS: ["DRAFT", "RETURNED_TO_UNIT"],
};

export type ProvinceFilters = {
  q: string;
  /** A status, or a stage: "AWAITING_CHECK" (the province's to-do), "AT_UNITS" (drafts not yet sent). */
  status: ProposalStatus | StageFilter | "";
  groupId: string;
  categoryId: string;
  institutionId: string;
  page: number;
};

export type InstitutionCounts = {
  institutionId: string;
  name: string;
  atUnits: number;
  atUnitAdmin: number;
  submitted: number;
  checked: number;
  quota: number;
};

/** The province list's filters as a query: the page and its CSV/XLSX export select the same proposals. */
export function provinceWhere(editionId: string, filters: Omit<ProvinceFilters, "page">): Prisma.ProposalWhereInput {
  return {
    editionId,
    ...(filters.status
      ? { status: { in: STAGE_FILTERS[filters.status as StageFilter] ?? [filters.status as ProposalStatus] } }
      : {}),
    ...(filters.groupId ? { groupId: filters.groupId } : {}),
    ...(filters.categoryId ? { categoryId: filters.categoryId } : {}),
    ...(filters.institutionId ? { institutionId: filters.institutionId } : {}),
    ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" } } : {}),
  };
}

export async function provinceOverview(actor: Actor, filters: ProvinceFilters) {
  authorize(actor, "proposal:check");
  const edition = await workingEdition();
  if (!edition) return null;
  const where = provinceWhere(edition.id, filters);
  const [total, grouped, statusTotals, groups, categories, quotas, defaults] = await Promise.all([
    prisma.proposal.count({ where }),
    prisma.proposal.groupBy({
      by: ["institutionId", "status"],
      where: { editionId: edition.id },
      _count: { _all: true },
    }),
    prisma.proposal.groupBy({ by: ["status"], where: { editionId: edition.id }, _count: { _all: true } }),
    prisma.group.findMany({
      where: { editionId: edition.id },
      select: { id: true, name: true },
      orderBy: { kind: "asc" },
    }),
    prisma.category.findMany({
      where: { editionId: edition.id },
      select: { id: true, name: true },
      orderBy: { order: "asc" },
    }),
    prisma.quota.findMany({ where: { editionId: edition.id }, select: { institutionId: true, maxProposals: true } }),
    prisma.edition.findUniqueOrThrow({ where: { id: edition.id }, select: { defaultQuota: true } }),
  ]);
  const { page, pageCount, skip, take } = pageSlice(total, filters.page, PROPOSAL_PAGE_SIZE);
  const items = await prisma.proposal.findMany({
    where,
    select: listItemSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip,
    take,
  });

  const institutionIds = [...new Set(grouped.map((g) => g.institutionId))];
  const institutionsWithProposals = await prisma.unit.findMany({
    where: { id: { in: institutionIds } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const allInstitutions = await prisma.unit.findMany({
    where: { isInstitution: true, active: true },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const quotaOfInst = new Map(quotas.map((q) => [q.institutionId, q.maxProposals]));
  const counts: InstitutionCounts[] = institutionsWithProposals.map((inst) => {
    const n = (statuses: ProposalStatus[]) =>
      grouped
        .filter((g) => g.institutionId === inst.id && statuses.includes(g.status))
        .reduce((s, g) => s + g._count._all, 0);
    return {
      institutionId: inst.id,
      name: inst.name,
      atUnits: n(["DRAFT", "RETURNED_TO_UNIT"]),
      atUnitAdmin: n(["WITH_UNIT_ADMIN"]),
      submitted: n(["SUBMITTED", "RESUBMITTED", "RETURNED_FOR_CORRECTION"]),
      checked: n(["PASSED", "FAILED"]),
      quota: quotaOfInst.get(inst.id) ?? defaults.defaultQuota,
    };
  });
  const byStatus = Object.fromEntries(statusTotals.map((s) => [s.status, s._count._all])) as Partial<
    Record<ProposalStatus, number>
  >;
  return {
    edition,
    items,
    total,
    page,
    pageCount,
    counts,
    byStatus,
    groups,
    categories,
    institutions: allInstitutions,
  };
}

export type HandOffEvent = {
  id: bigint;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus;
  comment: string | null;
  at: Date;
  actor: { name: string } | null;
};

/** Every hand-off of a proposal with its note, newest first, for a proposal the caller may already open. */
export async function handOffHistory(proposalId: string): Promise<HandOffEvent[]> {
  return prisma.proposalEvent.findMany({
    where: { proposalId },
    select: { id: true, fromStatus: true, toStatus: true, comment: true, at: true, actor: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
}
