import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { prisma, Prisma } from "@/lib/db";
import { DomainError, isUniqueViolation, notFound } from "@/lib/errors";
import { wibInputToDate } from "@/lib/format/wib-input";
import { COUNTS_AGAINST_QUOTA, type ProposalStatus } from "@/lib/proposals/lifecycle";
import {
  addAttachmentSchema,
  addCategorySchema,
  addGroupSchema,
  addSectionSchema,
  createEditionSchema,
  DEFAULT_GROUP_NAME,
  GROUP_KINDS,
  MB,
  moveSchema,
  QUOTA_PAGE_SIZE,
  sectionKeyFrom,
  setQuotaSchema,
  updateAttachmentSchema,
  updateCategorySchema,
  updateEditionSchema,
  updateGroupSchema,
  updateSectionSchema,
  type CreateEditionInput,
  type EditionStatus,
  type SetQuotaInput,
  type UpdateEditionInput,
} from "./schemas";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;

/** Statuses of a proposal still being written at unit or admin-lokal level (not yet with the province). */
const IN_PROGRESS: ProposalStatus[] = ["DRAFT", "WITH_UNIT_ADMIN", "RETURNED_TO_UNIT"];
const DEFAULT_PUBLIC_FIELDS = ["title", "unit", "category", "group"];

function fieldError(field: string, message: string, code: "INVALID" | "CONFLICT" = "INVALID") {
  return new DomainError(code, message, { [field]: [message] });
}

/* ───────────────────────────── Reading ───────────────────────────── */

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
      select: { id: true, year: true, theme: true, status: true, registrationOpensAt: true, registrationClosesAt: true },
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
      rounds: { orderBy: { order: "asc" }, select: { id: true, order: true, kind: true, name: true, opensAt: true, closesAt: true } },
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

/** Editions whose setup can be copied into a new one. */
export async function editionCopyOptions() {
  return prisma.edition.findMany({ orderBy: { year: "desc" }, select: { id: true, year: true, theme: true } });
}

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
): Promise<{ items: QuotaRow[]; total: number; page: number; pageCount: number; overrides: number; defaultQuota: number }> {
  const where: Prisma.UnitWhereInput = {
    isInstitution: true,
    active: true,
    ...(query.q
      ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { shortName: { contains: query.q, mode: "insensitive" } }] }
      : {}),
  };
  const [total, overrides, edition] = await Promise.all([
    prisma.unit.count({ where }),
    prisma.quota.count({ where: { editionId } }),
    prisma.edition.findUnique({ where: { id: editionId }, select: { defaultQuota: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / QUOTA_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const units = await prisma.unit.findMany({
    where,
    // Kabupaten/kota, then provincial agencies, then BUMD; alphabetical inside each.
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    skip: (page - 1) * QUOTA_PAGE_SIZE,
    take: QUOTA_PAGE_SIZE,
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
    counts.filter((c) => c.institutionId === unitId && statuses.includes(c.status)).reduce((n, c) => n + c._count._all, 0);
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

/* ───────────────────────────── Edition ───────────────────────────── */

const editionSnapshotSelect = {
  id: true,
  year: true,
  theme: true,
  status: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  announcementAt: true,
  minImplementationMonths: true,
  excludePreviousWinners: true,
  topN: true,
  defaultQuota: true,
} satisfies Prisma.EditionSelect;

async function copySetup(tx: Tx, fromId: string, toId: string) {
  const source = await tx.edition.findUnique({
    where: { id: fromId },
    include: {
      groups: true,
      categories: { orderBy: { order: "asc" } },
      sections: { where: { archivedAt: null }, orderBy: [{ order: "asc" }, { id: "asc" }] },
      attachmentRequirements: true,
      rounds: { orderBy: { order: "asc" }, include: { criteria: { orderBy: { order: "asc" } } } },
      publication: { select: { publicProposalFields: true } },
    },
  });
  if (!source) throw fieldError("copyFromEditionId", "Edisi sumber tidak ditemukan.");
  await tx.edition.update({
    where: { id: toId },
    data: {
      minImplementationMonths: source.minImplementationMonths,
      excludePreviousWinners: source.excludePreviousWinners,
      topN: source.topN,
      defaultQuota: source.defaultQuota,
    },
  });
  await tx.group.createMany({
    data: source.groups.map((g) => ({ editionId: toId, kind: g.kind, name: g.name, description: g.description })),
  });
  await tx.category.createMany({
    data: source.categories.map((c, i) => ({ editionId: toId, order: i + 1, name: c.name, description: c.description })),
  });
  await tx.formSection.createMany({
    data: source.sections.map((s, i) => ({
      editionId: toId,
      order: i + 1,
      key: s.key,
      title: s.title,
      guidance: s.guidance,
      wordLimit: s.wordLimit,
      required: s.required,
      isPublic: s.isPublic,
    })),
  });
  await tx.attachmentRequirement.createMany({
    data: source.attachmentRequirements.map((a) => ({
      editionId: toId,
      kind: a.kind,
      label: a.label,
      required: a.required,
      allowedContentTypes: a.allowedContentTypes,
      maxBytes: a.maxBytes,
      maxFiles: a.maxFiles,
    })),
  });
  // Windows are year-specific: the rounds come without dates, to be scheduled on the new edition.
  for (const r of source.rounds) {
    await tx.round.create({
      data: {
        editionId: toId,
        order: r.order,
        kind: r.kind,
        name: r.name,
        judgesPerEntry: r.judgesPerEntry,
        normalisation: r.normalisation,
        weight: r.weight,
        advanceCount: r.advanceCount,
        criteria: {
          create: r.criteria.map((c) => ({
            order: c.order,
            name: c.name,
            description: c.description,
            weight: c.weight,
            scaleMin: c.scaleMin,
            scaleMax: c.scaleMax,
          })),
        },
      },
    });
  }
  return {
    year: source.year,
    publicProposalFields: source.publication?.publicProposalFields ?? DEFAULT_PUBLIC_FIELDS,
    counts: {
      groups: source.groups.length,
      categories: source.categories.length,
      sections: source.sections.length,
      attachmentRequirements: source.attachmentRequirements.length,
      rounds: source.rounds.length,
    },
  };
}

export async function createEdition(actorId: string, raw: CreateEditionInput) {
  const input = createEditionSchema.parse(raw);
  const duplicate = () => fieldError("year", `Edisi tahun ${input.year} sudah ada.`, "CONFLICT");
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.edition.findUnique({ where: { year: input.year }, select: { id: true } })) throw duplicate();
      const edition = await tx.edition.create({
        data: { year: input.year, theme: input.theme, status: "DRAFT" },
        select: { id: true },
      });
      let copied: Awaited<ReturnType<typeof copySetup>> | null = null;
      if (input.copyFromEditionId) {
        copied = await copySetup(tx, input.copyFromEditionId, edition.id);
      } else {
        await tx.group.createMany({
          data: GROUP_KINDS.map((kind) => ({ editionId: edition.id, kind, name: DEFAULT_GROUP_NAME[kind] })),
        });
      }
      await tx.publication.create({
        data: { editionId: edition.id, publicProposalFields: copied?.publicProposalFields ?? DEFAULT_PUBLIC_FIELDS },
      });
      const after = await tx.edition.findUniqueOrThrow({ where: { id: edition.id }, select: editionSnapshotSelect });
      await recordAudit(tx, {
        actorId,
        action: "edition.create",
        entityType: "Edition",
        entityId: edition.id,
        after: { ...after, copiedFrom: copied ? { year: copied.year, ...copied.counts } : null },
      });
      return { id: edition.id, year: after.year };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}

export async function updateEdition(actorId: string, raw: UpdateEditionInput) {
  const input = updateEditionSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const before = await tx.edition.findUnique({
      where: { id: input.editionId },
      select: { ...editionSnapshotSelect, rounds: { select: { id: true, name: true, opensAt: true, closesAt: true }, orderBy: { order: "asc" } } },
    });
    if (!before) throw notFound("Edisi");
    const roundIds = new Set(before.rounds.map((r) => r.id));
    if (input.rounds.some((r) => !roundIds.has(r.id))) {
      throw new DomainError("CONFLICT", "Daftar babak telah berubah. Muat ulang halaman, lalu simpan kembali.");
    }
    await tx.edition.update({
      where: { id: input.editionId },
      data: {
        theme: input.theme,
        status: input.status,
        registrationOpensAt: wibInputToDate(input.registrationOpensAt),
        registrationClosesAt: wibInputToDate(input.registrationClosesAt),
        announcementAt: wibInputToDate(input.announcementAt),
        minImplementationMonths: input.minImplementationMonths,
        excludePreviousWinners: input.excludePreviousWinners,
        topN: input.topN,
        defaultQuota: input.defaultQuota,
      },
    });
    for (const r of input.rounds) {
      await tx.round.update({
        where: { id: r.id },
        data: { name: r.name, opensAt: wibInputToDate(r.opensAt), closesAt: wibInputToDate(r.closesAt) },
      });
    }
    const after = await tx.edition.findUniqueOrThrow({
      where: { id: input.editionId },
      select: { ...editionSnapshotSelect, rounds: { select: { id: true, name: true, opensAt: true, closesAt: true }, orderBy: { order: "asc" } } },
    });
    await recordAudit(tx, { actorId, action: "edition.update", entityType: "Edition", entityId: after.id, before, after });
    return { year: after.year };
  });
}

/* ───────────────────────────── Groups ───────────────────────────── */

export async function updateGroup(actorId: string, raw: z.input<typeof updateGroupSchema>) {
  const input = updateGroupSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const before = await tx.group.findUnique({ where: { id: input.groupId } });
    if (!before) throw notFound("Kelompok");
    const after = await tx.group.update({
      where: { id: input.groupId },
      data: { name: input.name, description: input.description || null },
    });
    await recordAudit(tx, { actorId, action: "edition.group.update", entityType: "Group", entityId: after.id, before, after });
    return after;
  });
}

export async function addGroup(actorId: string, raw: z.input<typeof addGroupSchema>) {
  const input = addGroupSchema.parse(raw);
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } });
      if (!edition) throw notFound("Edisi");
      const after = await tx.group.create({
        data: { editionId: input.editionId, kind: input.kind, name: DEFAULT_GROUP_NAME[input.kind] },
      });
      await recordAudit(tx, { actorId, action: "edition.group.add", entityType: "Group", entityId: after.id, after });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError("CONFLICT", "Kelompok ini sudah ada pada edisi ini.");
    throw e;
  }
}

export async function removeGroup(actorId: string, groupId: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.group.findUnique({ where: { id: groupId }, include: { _count: { select: { proposals: true } } } });
    if (!before) throw notFound("Kelompok");
    if (before._count.proposals > 0) {
      throw new DomainError(
        "CONFLICT",
        `${before.name} tidak dapat dihapus karena dipakai ${before._count.proposals} usulan. Ubah nama atau deskripsinya saja.`,
      );
    }
    await tx.group.delete({ where: { id: groupId } });
    const { _count, ...snapshot } = before;
    void _count;
    await recordAudit(tx, { actorId, action: "edition.group.remove", entityType: "Group", entityId: groupId, before: snapshot });
    return { name: before.name };
  });
}

/* ───────────────────────────── Categories ───────────────────────────── */

const DUPLICATE_CATEGORY = "Nama kategori ini sudah ada pada edisi ini.";

/** Writes positions 1..n for `ids` in this order. Two passes: (editionId, order) is unique at every step. */
async function renumberCategories(tx: Tx, ids: string[]) {
  for (const [i, id] of ids.entries()) await tx.category.update({ where: { id }, data: { order: -(i + 1) } });
  for (const [i, id] of ids.entries()) await tx.category.update({ where: { id }, data: { order: i + 1 } });
}

export async function addCategory(actorId: string, raw: z.input<typeof addCategorySchema>) {
  const input = addCategorySchema.parse(raw);
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } });
      if (!edition) throw notFound("Edisi");
      const last = await tx.category.aggregate({ where: { editionId: input.editionId }, _max: { order: true } });
      const after = await tx.category.create({
        data: {
          editionId: input.editionId,
          order: (last._max.order ?? 0) + 1,
          name: input.name,
          description: input.description || null,
        },
      });
      await recordAudit(tx, { actorId, action: "edition.category.add", entityType: "Category", entityId: after.id, after });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError("name", DUPLICATE_CATEGORY, "CONFLICT");
    throw e;
  }
}

export async function updateCategory(actorId: string, raw: z.input<typeof updateCategorySchema>) {
  const input = updateCategorySchema.parse(raw);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.category.findUnique({ where: { id: input.categoryId } });
      if (!before) throw notFound("Kategori");
      const after = await tx.category.update({
        where: { id: input.categoryId },
        data: { name: input.name, description: input.description || null },
      });
      await recordAudit(tx, { actorId, action: "edition.category.update", entityType: "Category", entityId: after.id, before, after });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError("name", DUPLICATE_CATEGORY, "CONFLICT");
    throw e;
  }
}

export async function moveCategory(actorId: string, raw: z.input<typeof moveSchema>) {
  const input = moveSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const target = await tx.category.findUnique({ where: { id: input.id }, select: { editionId: true } });
    if (!target) throw notFound("Kategori");
    const all = await tx.category.findMany({ where: { editionId: target.editionId }, orderBy: { order: "asc" }, select: { id: true, name: true } });
    const ids = all.map((c) => c.id);
    const moved = swapped(ids, input.id, input.direction);
    if (!moved) return { moved: false };
    await renumberCategories(tx, moved);
    const names = new Map(all.map((c) => [c.id, c.name]));
    await recordAudit(tx, {
      actorId,
      action: "edition.category.reorder",
      entityType: "Edition",
      entityId: target.editionId,
      before: ids.map((id) => names.get(id)),
      after: moved.map((id) => names.get(id)),
    });
    return { moved: true };
  });
}

/** `ids` with `id` swapped with its neighbour, or null when it is already at that end. */
function swapped(ids: string[], id: string, direction: "up" | "down"): string[] | null {
  const i = ids.indexOf(id);
  const j = direction === "up" ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ids.length) return null;
  const out = [...ids];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export async function removeCategory(actorId: string, categoryId: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.category.findUnique({
      where: { id: categoryId },
      include: { _count: { select: { proposals: true, appointments: true } } },
    });
    if (!before) throw notFound("Kategori");
    if (before._count.proposals > 0) {
      throw new DomainError("CONFLICT", `Kategori "${before.name}" dipakai ${before._count.proposals} usulan sehingga tidak dapat dihapus.`);
    }
    if (before._count.appointments > 0) {
      throw new DomainError("CONFLICT", `Kategori "${before.name}" dipakai dalam penugasan juri sehingga tidak dapat dihapus.`);
    }
    await tx.category.delete({ where: { id: categoryId } });
    const rest = await tx.category.findMany({ where: { editionId: before.editionId }, orderBy: { order: "asc" }, select: { id: true } });
    await renumberCategories(tx, rest.map((c) => c.id));
    const { _count, ...snapshot } = before;
    void _count;
    await recordAudit(tx, { actorId, action: "edition.category.remove", entityType: "Category", entityId: categoryId, before: snapshot });
    return { name: before.name };
  });
}

/* ───────────────────────────── Quotas ───────────────────────────── */

export async function setQuota(actorId: string, raw: SetQuotaInput) {
  const input = setQuotaSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    // One query at a time: a transaction holds a single connection.
    const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true, defaultQuota: true } });
    const institution = await tx.unit.findUnique({ where: { id: input.institutionId }, select: { id: true, name: true, isInstitution: true } });
    if (!edition) throw notFound("Edisi");
    if (!institution?.isInstitution) throw new DomainError("INVALID", "Kuota hanya berlaku untuk instansi (kabupaten/kota, perangkat daerah provinsi, BUMD).");
    const key = { editionId_institutionId: { editionId: input.editionId, institutionId: input.institutionId } };
    const before = await tx.quota.findUnique({ where: key });
    if (input.maxProposals === null) {
      if (before) await tx.quota.delete({ where: key });
    } else {
      await tx.quota.upsert({
        where: key,
        create: { editionId: input.editionId, institutionId: input.institutionId, maxProposals: input.maxProposals },
        update: { maxProposals: input.maxProposals },
      });
    }
    const after = input.maxProposals === null ? null : { ...key.editionId_institutionId, maxProposals: input.maxProposals };
    if (before?.maxProposals !== after?.maxProposals) {
      await recordAudit(tx, {
        actorId,
        action: after ? "edition.quota.set" : "edition.quota.clear",
        entityType: "Quota",
        entityId: `${input.editionId}:${input.institutionId}`,
        before,
        after,
      });
    }
    return { name: institution.name, effective: input.maxProposals ?? edition.defaultQuota, override: input.maxProposals };
  });
}

/* ───────────────────────────── Form sections ───────────────────────────── */

async function uniqueSectionKey(tx: Tx, editionId: string, title: string): Promise<string> {
  const base = sectionKeyFrom(title);
  // Archived sections keep their keys: their answers still refer to them.
  const taken = new Set(
    (await tx.formSection.findMany({ where: { editionId, key: { startsWith: base } }, select: { key: true } })).map((s) => s.key),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function addSection(actorId: string, raw: z.input<typeof addSectionSchema>) {
  const input = addSectionSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } });
    if (!edition) throw notFound("Edisi");
    const last = await tx.formSection.aggregate({ where: { editionId: input.editionId }, _max: { order: true } });
    const after = await tx.formSection.create({
      data: {
        editionId: input.editionId,
        order: (last._max.order ?? 0) + 1,
        key: await uniqueSectionKey(tx, input.editionId, input.title),
        title: input.title,
        guidance: input.guidance || null,
        wordLimit: input.wordLimit,
        required: input.required,
        isPublic: input.isPublic,
      },
    });
    await recordAudit(tx, { actorId, action: "edition.section.add", entityType: "FormSection", entityId: after.id, after });
    return after;
  });
}

/** The key stays as it was: it is the section's identity in answers, exports and public pages. */
export async function updateSection(actorId: string, raw: z.input<typeof updateSectionSchema>) {
  const input = updateSectionSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const before = await tx.formSection.findUnique({ where: { id: input.sectionId } });
    if (!before || before.archivedAt) throw notFound("Bagian formulir");
    // A lower word limit never touches existing answers: the administrative check flags those over it.
    const after = await tx.formSection.update({
      where: { id: input.sectionId },
      data: {
        title: input.title,
        guidance: input.guidance || null,
        wordLimit: input.wordLimit,
        required: input.required,
        isPublic: input.isPublic,
      },
    });
    await recordAudit(tx, { actorId, action: "edition.section.update", entityType: "FormSection", entityId: after.id, before, after });
    return after;
  });
}

export async function moveSection(actorId: string, raw: z.input<typeof moveSchema>) {
  const input = moveSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const target = await tx.formSection.findUnique({ where: { id: input.id }, select: { editionId: true, archivedAt: true } });
    if (!target || target.archivedAt) throw notFound("Bagian formulir");
    const all = await tx.formSection.findMany({
      where: { editionId: target.editionId, archivedAt: null },
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: { id: true, key: true },
    });
    const ids = all.map((s) => s.id);
    const moved = swapped(ids, input.id, input.direction);
    if (!moved) return { moved: false };
    for (const [i, id] of moved.entries()) await tx.formSection.update({ where: { id }, data: { order: i + 1 } });
    const keys = new Map(all.map((s) => [s.id, s.key]));
    await recordAudit(tx, {
      actorId,
      action: "edition.section.reorder",
      entityType: "Edition",
      entityId: target.editionId,
      before: ids.map((id) => keys.get(id)),
      after: moved.map((id) => keys.get(id)),
    });
    return { moved: true };
  });
}

/** Deletes a section nobody has answered; one with answers is archived so the answers stay. */
export async function removeSection(actorId: string, sectionId: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.formSection.findUnique({ where: { id: sectionId }, include: { _count: { select: { answers: true } } } });
    if (!before || before.archivedAt) throw notFound("Bagian formulir");
    const { _count, ...snapshot } = before;
    if (_count.answers > 0) {
      const after = await tx.formSection.update({ where: { id: sectionId }, data: { archivedAt: new Date() } });
      await recordAudit(tx, { actorId, action: "edition.section.archive", entityType: "FormSection", entityId: sectionId, before: snapshot, after });
      return { title: before.title, archived: true, answers: _count.answers };
    }
    await tx.formSection.delete({ where: { id: sectionId } });
    await recordAudit(tx, { actorId, action: "edition.section.remove", entityType: "FormSection", entityId: sectionId, before: snapshot });
    return { title: before.title, archived: false, answers: 0 };
  });
}

/* ───────────────────────────── Attachment requirements ───────────────────────────── */

const DUPLICATE_KIND = "Jenis lampiran ini sudah punya ketentuan pada edisi ini. Ubah yang sudah ada.";

export async function addAttachmentRequirement(actorId: string, raw: z.input<typeof addAttachmentSchema>) {
  const input = addAttachmentSchema.parse(raw);
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } });
      if (!edition) throw notFound("Edisi");
      const after = await tx.attachmentRequirement.create({
        data: {
          editionId: input.editionId,
          kind: input.kind,
          label: input.label,
          required: input.required,
          allowedContentTypes: input.allowedContentTypes,
          maxBytes: input.maxSizeMb * MB,
          maxFiles: input.maxFiles,
        },
      });
      await recordAudit(tx, { actorId, action: "edition.attachment.add", entityType: "AttachmentRequirement", entityId: after.id, after });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError("kind", DUPLICATE_KIND, "CONFLICT");
    throw e;
  }
}

export async function updateAttachmentRequirement(actorId: string, raw: z.input<typeof updateAttachmentSchema>) {
  const input = updateAttachmentSchema.parse(raw);
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.attachmentRequirement.findUnique({ where: { id: input.requirementId } });
      if (!before) throw notFound("Ketentuan lampiran");
      const after = await tx.attachmentRequirement.update({
        where: { id: input.requirementId },
        data: {
          kind: input.kind,
          label: input.label,
          required: input.required,
          allowedContentTypes: input.allowedContentTypes,
          maxBytes: input.maxSizeMb * MB,
          maxFiles: input.maxFiles,
        },
      });
      await recordAudit(tx, { actorId, action: "edition.attachment.update", entityType: "AttachmentRequirement", entityId: after.id, before, after });
      return after;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw fieldError("kind", DUPLICATE_KIND, "CONFLICT");
    throw e;
  }
}

/** Uploaded files are kept: they belong to proposals and are typed by kind, not by this rule. */
export async function removeAttachmentRequirement(actorId: string, requirementId: string) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.attachmentRequirement.findUnique({ where: { id: requirementId } });
    if (!before) throw notFound("Ketentuan lampiran");
    await tx.attachmentRequirement.delete({ where: { id: requirementId } });
    await recordAudit(tx, { actorId, action: "edition.attachment.remove", entityType: "AttachmentRequirement", entityId: requirementId, before });
    return { label: before.label };
  });
}
