import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { recordAudit } from "@/lib/audit/audit";
import { authorize, can, scopePrefixes, type Actor } from "@/lib/auth/permissions";
import { prisma, Prisma } from "@/lib/db";
import { DomainError, isUniqueViolation, notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import {
  assertCanEdit,
  COUNTS_AGAINST_QUOTA,
  editRule,
  windowOpen,
  type DeadlineFacts,
  type ProposalRole,
  type ProposalStatus,
} from "./lifecycle";
import type { AttachmentKind } from "@/lib/generated/prisma/client";
import {
  ATTACHMENT_KIND_LABEL,
  formatMegabytes,
  overLimitMessage,
  PROPOSAL_PAGE_SIZE,
  type CreateProposalInput,
  type ProposalFacts,
  type ProposalListQuery,
  type SaveAnswerInput,
  type SaveFactsInput,
  type SaveOutcome,
} from "./schemas";
import { extensionAllowed, extensionList, extensionMatches, extensionMismatchMessage } from "./file-types";
import { countWords } from "./text";

type Tx = Prisma.TransactionClient;

const pathIds = (path: string) => path.split("/").filter(Boolean);

/** The roles the actor holds over a unit, resolved against the unit's real path. */
export function proposalRoles(actor: Actor, unitPath: string): ProposalRole[] {
  const roles: ProposalRole[] = [];
  const holds = (role: "OPERATOR" | "UNIT_ADMIN") =>
    actor.memberships.some((m) => m.role === role && unitPath.startsWith(m.unitPath));
  if (holds("OPERATOR")) roles.push("OPERATOR");
  if (holds("UNIT_ADMIN")) roles.push("UNIT_ADMIN");
  if (actor.isAdmin) roles.push("ADMIN");
  return roles;
}

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
  return windowOpen("registration", { registrationClosesAt: edition.registrationClosesAt, extensionUntil: null, correctionDeadline: null }, now);
}

// ───────────────────────────── List and create ─────────────────────────────

export type ProposalListItem = {
  id: string;
  title: string;
  status: ProposalStatus;
  unitName: string;
  lastSavedAt: Date;
};

export async function listProposals(actor: Actor, query: ProposalListQuery) {
  const edition = await getOpenEdition();
  const now = new Date();
  const empty = { edition, registrationOpen: false, items: [] as ProposalListItem[], total: 0, page: 1, pageCount: 1 };
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
  const pageCount = Math.max(1, Math.ceil(total / PROPOSAL_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await prisma.proposal.findMany({
    where,
    select: { id: true, title: true, status: true, updatedAt: true, unit: { select: { name: true } } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * PROPOSAL_PAGE_SIZE,
    take: PROPOSAL_PAGE_SIZE,
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
  const items = rows.map((r) => {
    const a = lastAnswer.get(r.id);
    return {
      id: r.id,
      title: r.title,
      status: r.status,
      unitName: r.unit.name,
      lastSavedAt: a && a > r.updatedAt ? a : r.updatedAt,
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

export async function createProposal(actor: Actor, input: CreateProposalInput, now = new Date()) {
  const unit = await prisma.unit.findUnique({ where: { id: input.unitId }, select: { id: true, path: true, name: true, active: true } });
  if (!unit || !unit.active) throw notFound("Unit");
  authorize(actor, "proposal:create", { unitPath: unit.path });
  const edition = await getOpenEdition();
  if (!edition) throw new DomainError("CONFLICT", "Belum ada edisi KOVABLIK yang membuka pendaftaran.");
  if (!registrationOpenForNew(edition, now)) {
    throw new DomainError(
      "DEADLINE",
      edition.registrationOpensAt && now < edition.registrationOpensAt
        ? "Pendaftaran belum dibuka. Usulan baru dapat dibuat setelah pendaftaran dibuka."
        : "Pendaftaran telah ditutup. Usulan baru tidak dapat dibuat lagi.",
    );
  }
  const institution = await prisma.unit.findFirst({
    where: { id: { in: pathIds(unit.path) }, isInstitution: true },
    orderBy: { depth: "desc" },
    select: { id: true },
  });
  if (!institution) {
    throw new DomainError("CONFLICT", "Unit ini belum berada di bawah instansi (admin lokal) mana pun. Hubungi admin.");
  }
  const title = input.title.trim();
  const duplicate = () =>
    new DomainError(
      "CONFLICT",
      `Inovasi "${title}" dari ${unit.name} sudah memiliki usulan pada KOVABLIK ${edition.year}. Buka usulan itu dari daftar.`,
      { title: ["Inovasi ini sudah memiliki usulan pada edisi ini."] },
    );
  try {
    return await prisma.$transaction(async (tx) => {
      const existing = await tx.innovation.findFirst({
        where: { unitId: unit.id, name: { equals: title, mode: "insensitive" } },
        select: { id: true },
        orderBy: { createdAt: "asc" },
      });
      const innovation = existing ?? (await tx.innovation.create({ data: { unitId: unit.id, name: title }, select: { id: true } }));
      if (existing) {
        const taken = await tx.proposal.findUnique({
          where: { innovationId_editionId: { innovationId: existing.id, editionId: edition.id } },
          select: { id: true },
        });
        if (taken) throw duplicate();
      }
      const proposal = await tx.proposal.create({
        data: {
          editionId: edition.id,
          innovationId: innovation.id,
          unitId: unit.id,
          institutionId: institution.id,
          title,
          status: "DRAFT",
          createdById: actor.id,
        },
        select: { id: true, title: true },
      });
      await tx.proposalEvent.create({ data: { proposalId: proposal.id, fromStatus: null, toStatus: "DRAFT", actorId: actor.id } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "proposal.create",
        entityType: "Proposal",
        entityId: proposal.id,
        after: { title, unitId: unit.id, institutionId: institution.id, editionId: edition.id, innovationId: innovation.id, reusedInnovation: !!existing },
      });
      return proposal;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}

// ───────────────────────────── Loading with permission ─────────────────────────────

const accessSelect = {
  id: true,
  editionId: true,
  innovationId: true,
  status: true,
  version: true,
  extensionUntil: true,
  correctionDeadline: true,
  unit: { select: { id: true, name: true, path: true } },
  edition: { select: { year: true, registrationClosesAt: true } },
} satisfies Prisma.ProposalSelect;

type ProposalAccess = Prisma.ProposalGetPayload<{ select: typeof accessSelect }>;

function deadlineFacts(p: ProposalAccess): DeadlineFacts {
  return {
    registrationClosesAt: p.edition.registrationClosesAt,
    extensionUntil: p.extensionUntil,
    correctionDeadline: p.correctionDeadline,
  };
}

async function loadAccess(proposalId: string): Promise<ProposalAccess> {
  const p = await prisma.proposal.findUnique({ where: { id: proposalId }, select: accessSelect });
  if (!p) throw notFound("Usulan");
  return p;
}

/** Loads the proposal and requires that the actor may read it (judged by its real unit). */
async function loadForRead(actor: Actor, proposalId: string): Promise<ProposalAccess> {
  const p = await loadAccess(proposalId);
  authorize(actor, "proposal:read", { unitPath: p.unit.path });
  return p;
}

/** Loads the proposal and requires that the actor may change it now: unit, status, role and deadline. */
async function loadForWrite(actor: Actor, proposalId: string, now: Date): Promise<ProposalAccess> {
  const p = await loadAccess(proposalId);
  authorize(actor, "proposal:edit", { unitPath: p.unit.path });
  assertCanEdit(p.status, proposalRoles(actor, p.unit.path), deadlineFacts(p), now);
  return p;
}

function editability(actor: Actor, p: ProposalAccess, now: Date): { ok: true; until: Date | null } | { ok: false; reason: string } {
  if (!can(actor, "proposal:edit", { unitPath: p.unit.path })) {
    return { ok: false, reason: "Anda dapat membaca usulan ini, tetapi tidak dapat mengubahnya." };
  }
  try {
    assertCanEdit(p.status, proposalRoles(actor, p.unit.path), deadlineFacts(p), now);
  } catch (e) {
    if (e instanceof DomainError) return { ok: false, reason: e.message };
    throw e;
  }
  const rule = editRule(p.status);
  if (rule?.deadline === "correction") return { ok: true, until: p.correctionDeadline };
  // The later of registration close and this proposal's own extension.
  const closes = p.edition.registrationClosesAt;
  const ext = p.extensionUntil;
  return { ok: true, until: closes && ext && ext > closes ? ext : closes };
}

// ───────────────────────────── The editor ─────────────────────────────

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

const factsSelect = {
  title: true,
  implementationStartedOn: true,
  groupId: true,
  categoryId: true,
  sdgs: true,
  replicatedInnovationId: true,
  videoUrl: true,
  priorAwards: true,
  version: true,
  updatedAt: true,
  innovators: { select: { name: true, nip: true, position: true }, orderBy: { order: "asc" } },
} satisfies Prisma.ProposalSelect;

function toFacts(p: Prisma.ProposalGetPayload<{ select: typeof factsSelect }>): ProposalFacts {
  return {
    title: p.title,
    implementationStartedOn: dateOnly(p.implementationStartedOn),
    groupId: p.groupId ?? "",
    categoryId: p.categoryId ?? "",
    sdgs: [...p.sdgs].sort((a, b) => a - b),
    replicatedInnovationId: p.replicatedInnovationId ?? "",
    innovators: p.innovators.map((i) => ({ name: i.name, nip: i.nip ?? "", position: i.position ?? "" })),
    videoUrl: p.videoUrl ?? "",
    priorAwards: p.priorAwards ?? "",
  };
}

export async function getProposalEditor(actor: Actor, proposalId: string, now = new Date()) {
  const access = await loadForRead(actor, proposalId);
  const [proposal, groups, categories, sections, requirements, attachments] = await Promise.all([
    prisma.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: {
        ...factsSelect,
        institution: { select: { name: true } },
        replicatedInnovation: { select: { id: true, name: true, unit: { select: { name: true } } } },
      },
    }),
    prisma.group.findMany({ where: { editionId: access.editionId }, select: { id: true, kind: true, name: true, description: true }, orderBy: { kind: "asc" } }),
    prisma.category.findMany({ where: { editionId: access.editionId }, select: { id: true, name: true, description: true }, orderBy: { order: "asc" } }),
    prisma.formSection.findMany({
      where: { editionId: access.editionId, archivedAt: null },
      select: {
        id: true,
        key: true,
        title: true,
        guidance: true,
        wordLimit: true,
        required: true,
        answers: {
          where: { proposalId },
          select: { text: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
        },
      },
      orderBy: { order: "asc" },
    }),
    prisma.attachmentRequirement.findMany({
      where: { editionId: access.editionId },
      select: { kind: true, label: true, required: true, allowedContentTypes: true, maxBytes: true, maxFiles: true },
      orderBy: { kind: "asc" },
    }),
    listAttachments(proposalId),
  ]);
  return {
    id: proposalId,
    status: access.status,
    unitName: access.unit.name,
    institutionName: proposal.institution.name,
    editionYear: access.edition.year,
    facts: toFacts(proposal),
    factsVersion: proposal.version,
    factsSavedAt: proposal.updatedAt.toISOString(),
    replicatedInnovation: proposal.replicatedInnovation
      ? { id: proposal.replicatedInnovation.id, name: proposal.replicatedInnovation.name, unitName: proposal.replicatedInnovation.unit.name }
      : null,
    groups,
    categories,
    sections: sections.map((s) => {
      const a = s.answers[0];
      return {
        id: s.id,
        key: s.key,
        title: s.title,
        guidance: s.guidance,
        wordLimit: s.wordLimit,
        required: s.required,
        text: a?.text ?? "",
        version: a?.version ?? 0,
        savedAt: a ? a.updatedAt.toISOString() : null,
        savedBy: a?.updatedBy?.name ?? null,
      };
    }),
    requirements,
    attachments,
    editable: editability(actor, access, now),
  };
}

export type ProposalEditorData = Awaited<ReturnType<typeof getProposalEditor>>;

// ───────────────────────────── Saving ─────────────────────────────

export async function saveAnswer(actor: Actor, input: SaveAnswerInput, now = new Date()): Promise<SaveOutcome<string>> {
  const p = await loadForWrite(actor, input.proposalId, now);
  const wordCount = countWords(input.text);
  /** The section must be on this edition's form, not archived, and the text within its word limit. */
  const checkSection = async () => {
    const section = await prisma.formSection.findFirst({
      where: { id: input.sectionId, editionId: p.editionId, archivedAt: null },
      select: { id: true, title: true, wordLimit: true },
    });
    if (!section) throw notFound("Bagian formulir");
    if (section.wordLimit && wordCount > section.wordLimit) {
      throw new DomainError("INVALID", overLimitMessage(section.title, wordCount, section.wordLimit), {
        text: [`${wordCount} dari ${section.wordLimit} kata.`],
      });
    }
    return section;
  };
  // A first save checks the section up front; later saves (nearly every autosave) let the UPDATE below check
  // it, and look at the section only when nothing was written, to say why.
  const section = input.baseVersion === 0 ? await checkSection() : { id: input.sectionId };
  const key = { proposalId_sectionId: { proposalId: p.id, sectionId: section.id } };
  const conflict = async (): Promise<SaveOutcome<string>> => {
    const current = await prisma.answer.findUnique({
      where: key,
      select: { text: true, version: true, updatedAt: true, updatedBy: { select: { name: true } } },
    });
    return {
      saved: false,
      conflict: {
        value: current?.text ?? "",
        version: current?.version ?? 0,
        savedAt: (current?.updatedAt ?? now).toISOString(),
        savedBy: current?.updatedBy?.name ?? null,
      },
    };
  };

  if (input.baseVersion === 0) {
    // A first save. If another tab created the row a moment ago, the primary key refuses this one.
    try {
      const created = await prisma.answer.create({
        data: { proposalId: p.id, sectionId: section.id, text: input.text, wordCount, version: 1, updatedById: actor.id },
        select: { version: true, updatedAt: true },
      });
      return { saved: true, version: created.version, savedAt: created.updatedAt.toISOString() };
    } catch (e) {
      if (isUniqueViolation(e)) return conflict();
      throw e;
    }
  }
  // Only the save that read the current version may write; everyone else is told what is there now. The
  // proposal's status is part of the condition (a step taken since the check above wins), and so are the
  // section's edition, archive state and word limit. One statement writes and reads back the new version:
  // autosave's hot path is a single round trip after the permission checks.
  const [after] = await prisma.$queryRaw<{ version: number; updatedAt: Date }[]>`
    UPDATE "Answer" AS a SET "text" = ${input.text}, "wordCount" = ${wordCount}, "version" = a."version" + 1,
      "updatedById" = ${actor.id}, "updatedAt" = now()
    FROM "Proposal" AS p, "FormSection" AS s
    WHERE a."proposalId" = ${p.id} AND a."sectionId" = ${section.id} AND a."version" = ${input.baseVersion}
      AND p."id" = a."proposalId" AND p."status" = ${p.status}::"ProposalStatus"
      AND s."id" = a."sectionId" AND s."editionId" = p."editionId" AND s."archivedAt" IS NULL
      AND (s."wordLimit" IS NULL OR s."wordLimit" >= ${wordCount})
    RETURNING a."version", a."updatedAt"`;
  if (!after) {
    await checkSection();
    return conflict();
  }
  return { saved: true, version: after.version, savedAt: after.updatedAt.toISOString() };
}

export async function saveFacts(actor: Actor, input: SaveFactsInput, now = new Date()): Promise<SaveOutcome<ProposalFacts>> {
  const p = await loadForWrite(actor, input.proposalId, now);
  const f = input.facts;
  const [group, category, replicated] = await Promise.all([
    f.groupId ? prisma.group.findFirst({ where: { id: f.groupId, editionId: p.editionId }, select: { id: true, kind: true } }) : null,
    f.categoryId ? prisma.category.findFirst({ where: { id: f.categoryId, editionId: p.editionId }, select: { id: true } }) : null,
    f.replicatedInnovationId ? prisma.innovation.findUnique({ where: { id: f.replicatedInnovationId }, select: { id: true } }) : null,
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (f.groupId && !group) fieldErrors.groupId = ["Kelompok tidak dikenal pada edisi ini."];
  if (f.categoryId && !category) fieldErrors.categoryId = ["Kategori tidak dikenal pada edisi ini."];
  if (f.replicatedInnovationId && (!replicated || replicated.id === p.innovationId)) {
    fieldErrors.replicatedInnovationId = ["Pilih inovasi asal yang direplikasi dari daftar."];
  }
  if (Object.keys(fieldErrors).length) throw new DomainError("INVALID", "Periksa kembali isian yang ditandai.", fieldErrors);

  const data = {
    title: f.title,
    implementationStartedOn: f.implementationStartedOn ? new Date(`${f.implementationStartedOn}T00:00:00Z`) : null,
    groupId: group?.id ?? null,
    categoryId: category?.id ?? null,
    sdgs: [...f.sdgs].sort((a, b) => a - b),
    // The original only means something for a replication.
    replicatedInnovationId: group?.kind === "REPLIKASI" ? (replicated?.id ?? null) : null,
    videoUrl: f.videoUrl || null,
    priorAwards: f.priorAwards || null,
  };
  const result = await prisma.$transaction(async (tx) => {
    const updated = await tx.proposal.updateMany({
      where: { id: p.id, version: input.baseVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    await tx.proposalInnovator.deleteMany({ where: { proposalId: p.id } });
    if (f.innovators.length) {
      await tx.proposalInnovator.createMany({
        data: f.innovators.map((i, order) => ({ proposalId: p.id, order, name: i.name, nip: i.nip || null, position: i.position || null })),
      });
    }
    return tx.proposal.findUniqueOrThrow({ where: { id: p.id }, select: { version: true, updatedAt: true } });
  });
  if (result) return { saved: true, version: result.version, savedAt: result.updatedAt.toISOString() };
  const current = await prisma.proposal.findUniqueOrThrow({ where: { id: p.id }, select: factsSelect });
  return { saved: false, conflict: { value: toFacts(current), version: current.version, savedAt: current.updatedAt.toISOString(), savedBy: null } };
}

export async function searchInnovations(actor: Actor, proposalId: string, q: string) {
  const p = await loadForRead(actor, proposalId);
  const rows = await prisma.innovation.findMany({
    where: {
      name: { contains: q, mode: "insensitive" },
      id: { not: p.innovationId },
      // Only innovations the province has received: another unit's draft title is that unit's business, and
      // replication copies a proven innovation, which a draft is not yet (not even the unit's own).
      proposals: { some: { status: { in: COUNTS_AGAINST_QUOTA } } },
    },
    select: { id: true, name: true, unit: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: 10,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, unitName: r.unit.name }));
}

// ───────────────────────────── Attachments ─────────────────────────────

export async function listAttachments(proposalId: string) {
  const rows = await prisma.attachment.findMany({
    where: { proposalId, deletedAt: null },
    select: { id: true, kind: true, fileName: true, contentType: true, sizeBytes: true, uploadedAt: true, uploadedBy: { select: { name: true } } },
    orderBy: { uploadedAt: "asc" },
  });
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString(), uploadedBy: r.uploadedBy?.name ?? null }));
}

export type AttachmentItem = Awaited<ReturnType<typeof listAttachments>>[number];

/** Recognises a file by its first bytes; what the browser claims does not count. */
export function sniffContentType(head: Uint8Array): string | null {
  const b = head;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) return "application/pdf";
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return "image/png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  return null;
}

function wrongTypeMessage(allowed: string[]): string {
  if (allowed.length === 1 && allowed[0] === "application/pdf") return "Berkas bukan PDF yang valid.";
  if (allowed.every((t) => t.startsWith("image/"))) return "Berkas bukan gambar JPEG atau PNG yang valid.";
  return "Jenis berkas tidak diizinkan untuk lampiran ini.";
}

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-200);
  return clean || "berkas";
}

const SNIFF_BYTES = 8;

export type UploadInput = {
  proposalId: string;
  kind: string;
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  /** Content-Length, when the client sent one: lets an oversize upload be refused before reading it. */
  declaredSize?: number | null;
};

export async function uploadAttachment(actor: Actor, input: UploadInput, now = new Date()) {
  const p = await loadForWrite(actor, input.proposalId, now);
  if (!(input.kind in ATTACHMENT_KIND_LABEL)) throw new DomainError("INVALID", "Jenis lampiran tidak dikenal pada edisi ini.");
  const requirement = await prisma.attachmentRequirement.findFirst({
    where: { editionId: p.editionId, kind: input.kind as AttachmentKind },
    select: { kind: true, label: true, allowedContentTypes: true, maxBytes: true, maxFiles: true },
  });
  if (!requirement) throw new DomainError("INVALID", "Jenis lampiran tidak dikenal pada edisi ini.");
  if (!extensionAllowed(input.fileName, requirement.allowedContentTypes)) {
    throw new DomainError("INVALID", `Nama berkas harus berakhiran ${extensionList(requirement.allowedContentTypes)} untuk lampiran ini.`);
  }
  const tooLarge = () => new DomainError("INVALID", `Ukuran berkas melebihi batas ${formatMegabytes(requirement.maxBytes)}.`);
  if (input.declaredSize && input.declaredSize > requirement.maxBytes) throw tooLarge();
  const countExisting = (db: Tx | typeof prisma) =>
    db.attachment.count({ where: { proposalId: p.id, kind: requirement.kind, deletedAt: null } });
  const full = () =>
    new DomainError(
      "CONFLICT",
      `Lampiran "${requirement.label}" paling banyak ${requirement.maxFiles} berkas. Hapus salah satu sebelum mengunggah yang baru.`,
    );
  if ((await countExisting(prisma)) >= requirement.maxFiles) throw full();

  const facts = { size: 0, sha256: "", contentType: "" };
  const hash = createHash("sha256");
  async function* checked(): AsyncGenerator<Uint8Array> {
    let head: Buffer | null = Buffer.alloc(0);
    for await (const chunk of input.body) {
      facts.size += chunk.byteLength;
      if (facts.size > requirement!.maxBytes) throw tooLarge();
      hash.update(chunk);
      if (head) {
        head = Buffer.concat([head, chunk]);
        if (head.length < SNIFF_BYTES) continue;
        sniff(head);
        const out = head;
        head = null;
        yield out;
      } else {
        yield chunk;
      }
    }
    if (head) {
      if (head.length === 0) throw new DomainError("INVALID", "Berkas kosong.");
      sniff(head);
      yield head;
    }
  }
  function sniff(head: Uint8Array) {
    const type = sniffContentType(head);
    if (!type || !requirement!.allowedContentTypes.includes(type)) throw new DomainError("INVALID", wrongTypeMessage(requirement!.allowedContentTypes));
    if (!extensionMatches(input.fileName, type)) throw new DomainError("INVALID", extensionMismatchMessage(input.fileName, type));
    facts.contentType = type;
  }

  const storage = fileStorage();
  const storageKey = `lampiran/${randomBytes(16).toString("hex")}`;
  await storage.put(storageKey, checked());
  facts.sha256 = hash.digest("hex");
  try {
    return await prisma.$transaction(async (tx) => {
      // Counted again here: two uploads at once must not both squeeze under the limit.
      await tx.$executeRaw`SELECT 1 FROM "Proposal" WHERE id = ${p.id} FOR UPDATE`;
      if ((await countExisting(tx)) >= requirement.maxFiles) throw full();
      const attachment = await tx.attachment.create({
        data: {
          proposalId: p.id,
          kind: requirement.kind,
          fileName: cleanFileName(input.fileName),
          contentType: facts.contentType,
          sizeBytes: facts.size,
          sha256: facts.sha256,
          storageKey,
          uploadedById: actor.id,
        },
        select: { id: true, kind: true, fileName: true, contentType: true, sizeBytes: true, sha256: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "proposal.attachment.upload",
        entityType: "Proposal",
        entityId: p.id,
        after: attachment,
      });
      return attachment;
    });
  } catch (e) {
    await storage.remove(storageKey).catch(() => undefined);
    throw e;
  }
}

export async function deleteAttachment(actor: Actor, proposalId: string, attachmentId: string, now = new Date()) {
  const p = await loadForWrite(actor, proposalId, now);
  return prisma.$transaction(async (tx) => {
    const a = await tx.attachment.findFirst({
      where: { id: attachmentId, proposalId: p.id, deletedAt: null },
      select: { id: true, kind: true, fileName: true, sha256: true },
    });
    if (!a) throw notFound("Lampiran");
    // Soft delete: the file stays in storage, so a mistaken delete can be undone by an admin.
    await tx.attachment.update({ where: { id: a.id }, data: { deletedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "proposal.attachment.delete", entityType: "Proposal", entityId: p.id, before: a });
    return a;
  });
}

export async function openAttachment(
  actor: Actor,
  proposalId: string,
  attachmentId: string,
): Promise<{ stream: Readable; fileName: string; contentType: string; sizeBytes: number }> {
  const p = await loadForRead(actor, proposalId);
  const a = await prisma.attachment.findFirst({
    where: { id: attachmentId, proposalId: p.id, deletedAt: null },
    select: { fileName: true, contentType: true, sizeBytes: true, storageKey: true },
  });
  if (!a) throw notFound("Lampiran");
  const stream = await fileStorage().get(a.storageKey);
  if (!stream) throw notFound("Berkas lampiran");
  return { stream, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes };
}

// ───────────────────────────── Preview ─────────────────────────────

export async function getProposalPreview(actor: Actor, proposalId: string) {
  const access = await loadForRead(actor, proposalId);
  const p = await prisma.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: {
      ...factsSelect,
      status: true,
      institution: { select: { name: true } },
      group: { select: { name: true, kind: true } },
      category: { select: { name: true } },
      replicatedInnovation: { select: { name: true, unit: { select: { name: true } } } },
    },
  });
  const sections = await prisma.formSection.findMany({
    where: { editionId: access.editionId, archivedAt: null },
    select: { id: true, title: true, wordLimit: true, answers: { where: { proposalId }, select: { text: true, wordCount: true } } },
    orderBy: { order: "asc" },
  });
  const attachments = await listAttachments(proposalId);
  const requirements = await prisma.attachmentRequirement.findMany({
    where: { editionId: access.editionId },
    select: { kind: true, label: true },
  });
  const label = new Map(requirements.map((r) => [r.kind as string, r.label]));
  return {
    id: proposalId,
    editionYear: access.edition.year,
    status: p.status,
    title: p.title,
    unitName: access.unit.name,
    institutionName: p.institution.name,
    implementationStartedOn: p.implementationStartedOn,
    groupName: p.group?.name ?? null,
    categoryName: p.category?.name ?? null,
    sdgs: [...p.sdgs].sort((a, b) => a - b),
    replicated: p.group?.kind === "REPLIKASI" && p.replicatedInnovation
      ? `${p.replicatedInnovation.name} (${p.replicatedInnovation.unit.name})`
      : null,
    innovators: p.innovators,
    videoUrl: p.videoUrl,
    priorAwards: p.priorAwards,
    updatedAt: p.updatedAt,
    sections: sections.map((s) => ({
      id: s.id,
      title: s.title,
      wordLimit: s.wordLimit,
      text: s.answers[0]?.text ?? "",
      wordCount: s.answers[0]?.wordCount ?? 0,
    })),
    attachments: attachments.map((a) => ({ ...a, label: label.get(a.kind) ?? a.kind })),
  };
}

export type ProposalPreview = Awaited<ReturnType<typeof getProposalPreview>>;
