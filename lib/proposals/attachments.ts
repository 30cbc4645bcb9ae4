import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, found, notFound } from "@/lib/errors";
import { formatMegabytes } from "@/lib/format/size";
import type { AttachmentKind } from "@/lib/generated/prisma/client";
import { fileStorage } from "@/lib/storage";
import { loadForFileRead, loadForWrite } from "./access";
import { extensionAllowed, extensionList, extensionMatches, extensionMismatchMessage } from "./file-types";
import { ATTACHMENT_KIND_LABEL, type DeleteAttachmentInput } from "./schemas";
import { cleanFileName } from "@/lib/format/file-name";

// A proposal's files: uploaded as a stream (type judged by content, size and count bounded by the edition's
// rule for the kind), soft-deleted, and read back only by those who may read the proposal.

export async function listAttachments(proposalId: string) {
  const rows = await prisma.attachment.findMany({
    where: { proposalId, deletedAt: null },
    select: {
      id: true,
      kind: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      uploadedAt: true,
      uploadedBy: { select: { name: true } },
    },
    orderBy: { uploadedAt: "asc" },
  });
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString(), uploadedBy: r.uploadedBy?.name ?? null }));
}

export type AttachmentItem = Awaited<ReturnType<typeof listAttachments>>[number];

/** Recognises a file by its first bytes; what the browser claims does not count. */
export function sniffContentType(head: Uint8Array): string | null {
  const b = head;
  if (b.length >= 5 && b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d)
    return "application/pdf";
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return "image/png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  return null;
}

function wrongTypeMessage(allowed: string[]): string {
  if (allowed.length === 1 && allowed[0] === "application/pdf") return "Berkas bukan PDF yang valid.";
  if (allowed.every((t) => t.startsWith("image/"))) return "Berkas bukan gambar JPEG atau PNG yang valid.";
  return "Jenis berkas tidak diizinkan untuk lampiran ini.";
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
  if (!(input.kind in ATTACHMENT_KIND_LABEL))
    throw new DomainError("INVALID", "Jenis lampiran tidak dikenal pada edisi ini.");
  const requirement = await prisma.attachmentRequirement.findFirst({
    where: { editionId: p.editionId, kind: input.kind as AttachmentKind },
    select: { kind: true, label: true, allowedContentTypes: true, maxBytes: true, maxFiles: true },
  });
  if (!requirement) throw new DomainError("INVALID", "Jenis lampiran tidak dikenal pada edisi ini.");
  if (!extensionAllowed(input.fileName, requirement.allowedContentTypes)) {
    throw new DomainError(
      "INVALID",
      `Nama berkas harus berakhiran ${extensionList(requirement.allowedContentTypes)} untuk lampiran ini.`,
    );
  }
  const tooLarge = () =>
    new DomainError("INVALID", `Ukuran berkas melebihi batas ${formatMegabytes(requirement.maxBytes)}.`);
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
    if (!type || !requirement!.allowedContentTypes.includes(type))
      throw new DomainError("INVALID", wrongTypeMessage(requirement!.allowedContentTypes));
    if (!extensionMatches(input.fileName, type))
      throw new DomainError("INVALID", extensionMismatchMessage(input.fileName, type));
    facts.contentType = type;
  }

  const storage = fileStorage();
  const storageKey = `lampiran/${randomBytes(16).toString("hex")}`;
  await storage.put(storageKey, checked());
  facts.sha256 = hash.digest("hex");
  try {
    return await auditedWrite(actor, async (tx, audit) => {
      // Counted again here: two uploads at once must not both squeeze under the limit.
      await tx.$executeRaw`SELECT 1 FROM "Proposal" WHERE id = ${p.id} FOR UPDATE`;
      if ((await countExisting(tx)) >= requirement.maxFiles) throw full();
      const attachment = await tx.attachment.create({
        data: {
          proposalId: p.id,
          kind: requirement.kind,
          fileName: cleanFileName(input.fileName, "berkas"),
          contentType: facts.contentType,
          sizeBytes: facts.size,
          sha256: facts.sha256,
          storageKey,
          uploadedById: actor.id,
        },
        select: { id: true, kind: true, fileName: true, contentType: true, sizeBytes: true, sha256: true },
      });
      await audit({
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

export async function deleteAttachment(actor: Actor, input: DeleteAttachmentInput, now = new Date()) {
  const p = await loadForWrite(actor, input.proposalId, now);
  return auditedWrite(actor, async (tx, audit) => {
    const a = found(
      await tx.attachment.findFirst({
        where: { id: input.attachmentId, proposalId: p.id, deletedAt: null },
        select: { id: true, kind: true, fileName: true, sha256: true },
      }),
      "Lampiran",
    );
    // Soft delete: the file stays in storage, so a mistaken delete can be undone by an admin.
    await tx.attachment.update({ where: { id: a.id }, data: { deletedAt: now } });
    await audit({ action: "proposal.attachment.delete", entityType: "Proposal", entityId: p.id, before: a });
    return a;
  });
}

export async function openAttachment(
  actor: Actor,
  proposalId: string,
  attachmentId: string,
): Promise<{ stream: Readable; fileName: string; contentType: string; sizeBytes: number }> {
  const p = await loadForFileRead(actor, proposalId);
  const a = await prisma.attachment.findFirst({
    where: { id: attachmentId, proposalId: p.id, deletedAt: null },
    select: { fileName: true, contentType: true, sizeBytes: true, storageKey: true },
  });
  if (!a) throw notFound("Lampiran");
  const stream = await fileStorage().get(a.storageKey);
  if (!stream) throw notFound("Berkas lampiran");
  return { stream, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes };
}
