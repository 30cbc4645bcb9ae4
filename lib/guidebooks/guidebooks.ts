import "server-only";
import type { Readable } from "node:stream";
import { auditedWrite } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { workingEditionQuery } from "@/lib/editions/working-edition";
import { DomainError, found, notFound } from "@/lib/errors";
import { extensionOf } from "@/lib/proposals/file-types";
import { fileStorage } from "@/lib/storage";
import { storeCheckedUpload } from "@/lib/storage/checked-upload";
import { cleanFileName } from "@/lib/format/file-name";
import { invalidatePublicSite } from "@/lib/public-site/cache";

/** A guidebook is a document of tens of pages with figures; 20 MB leaves room without inviting scans of books. */
export const GUIDEBOOK_MAX_BYTES = 20 * 1024 * 1024;

const NOT_PDF = "Berkas bukan PDF yang valid. Petunjuk teknis harus diunggah dalam format PDF.";

export type GuidebookInfo = {
  year: number;
  fileName: string;
  sizeBytes: number;
  uploadedAt: Date;
  uploadedBy: string | null;
};

function parseYear(year: string | number): number | null {
  const text = String(year);
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/** The guidebook of an edition (any status: the admin screen), or null. */
export async function getGuidebook(year: string | number): Promise<GuidebookInfo | null> {
  const y = parseYear(year);
  if (y === null) return null;
  const g = await prisma.guidebook.findFirst({
    where: { edition: { year: y } },
    select: { fileName: true, sizeBytes: true, uploadedAt: true, uploadedBy: { select: { name: true } } },
  });
  return g
    ? {
        year: y,
        fileName: g.fileName,
        sizeBytes: g.sizeBytes,
        uploadedAt: g.uploadedAt,
        uploadedBy: g.uploadedBy?.name ?? null,
      }
    : null;
}

/**
 * The guidebook the public sees: the working edition's (the newest that is not a draft). An older edition's
 * guidebook is not offered as the current one; a draft edition's stays with the secretariat until it opens.
 */
export async function getPublicGuidebook(): Promise<GuidebookInfo | null> {
  const edition = await prisma.edition.findFirst({
    ...workingEditionQuery,
    select: { year: true, guidebook: { select: { fileName: true, sizeBytes: true, uploadedAt: true } } },
  });
  const g = edition?.guidebook;
  return g
    ? { year: edition.year, fileName: g.fileName, sizeBytes: g.sizeBytes, uploadedAt: g.uploadedAt, uploadedBy: null }
    : null;
}

async function editionForWrite(actor: Actor, year: string | number) {
  authorize(actor, "edition:manage");
  const y = parseYear(year);
  const edition =
    y === null ? null : await prisma.edition.findUnique({ where: { year: y }, select: { id: true, year: true } });
  if (!edition) throw notFound("Edisi");
  return edition;
}

export type GuidebookUpload = {
  year: string | number;
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  /** Content-Length, when sent: an oversize upload is refused before a byte is read. */
  declaredSize?: number | null;
};

/** Uploads or replaces the edition's guidebook. The bytes must be a PDF; nothing is kept when they are not. */
export async function uploadGuidebook(actor: Actor, input: GuidebookUpload): Promise<GuidebookInfo> {
  const edition = await editionForWrite(actor, input.year);
  if (extensionOf(input.fileName) !== "pdf") {
    throw new DomainError("INVALID", "Nama berkas harus berakhiran .pdf: petunjuk teknis diunggah dalam format PDF.");
  }
  const stored = await storeCheckedUpload({
    body: input.body,
    declaredSize: input.declaredSize,
    maxBytes: GUIDEBOOK_MAX_BYTES,
    allowed: ["application/pdf"],
    wrongType: NOT_PDF,
    prefix: "juknis",
  });
  const { storageKey, size, sha256 } = stored;
  const storage = fileStorage();
  const fileName = cleanFileName(input.fileName, "petunjuk-teknis.pdf");
  let previousKey: string | null = null;
  try {
    await auditedWrite(actor, async (tx, audit) => {
      const before = await tx.guidebook.findUnique({
        where: { editionId: edition.id },
        select: { fileName: true, sizeBytes: true, sha256: true, storageKey: true },
      });
      previousKey = before?.storageKey ?? null;
      const data = { fileName, sizeBytes: size, sha256, storageKey, uploadedById: actor.id, uploadedAt: new Date() };
      await tx.guidebook.upsert({
        where: { editionId: edition.id },
        create: { editionId: edition.id, ...data },
        update: data,
      });
      await audit({
        action: before ? "guidebook.replace" : "guidebook.upload",
        entityType: "Guidebook",
        entityId: edition.id,
        before: before ? { fileName: before.fileName, sizeBytes: before.sizeBytes, sha256: before.sha256 } : undefined,
        after: { fileName, sizeBytes: size, sha256 },
      });
    });
  } catch (e) {
    await storage.remove(storageKey).catch(() => undefined);
    throw e;
  }
  // Only after the commit: until then the old row still points at the old file.
  if (previousKey) await storage.remove(previousKey).catch(() => undefined);
  await invalidatePublicSite(); // the public home page offers it
  return { year: edition.year, fileName, sizeBytes: size, uploadedAt: new Date(), uploadedBy: actor.name };
}

/** Removes the edition's guidebook; the public download disappears with it. */
export async function removeGuidebook(actor: Actor, year: string | number): Promise<void> {
  const edition = await editionForWrite(actor, year);
  const removed = await auditedWrite(actor, async (tx, audit) => {
    const g = found(
      await tx.guidebook.findUnique({
        where: { editionId: edition.id },
        select: { fileName: true, sizeBytes: true, sha256: true, storageKey: true },
      }),
      "Petunjuk teknis",
    );
    await tx.guidebook.delete({ where: { editionId: edition.id } });
    await audit({
      action: "guidebook.remove",
      entityType: "Guidebook",
      entityId: edition.id,
      before: { fileName: g.fileName, sizeBytes: g.sizeBytes, sha256: g.sha256 },
    });
    return g;
  });
  await fileStorage()
    .remove(removed.storageKey)
    .catch(() => undefined);
  await invalidatePublicSite();
}

/** The public download: any published edition's guidebook, for everyone. */
export async function openGuidebook(year: string): Promise<{ stream: Readable; fileName: string; sizeBytes: number }> {
  const y = parseYear(year);
  const g =
    y === null
      ? null
      : await prisma.guidebook.findFirst({
          where: { edition: { year: y, status: { not: "DRAFT" } } },
          select: { fileName: true, sizeBytes: true, storageKey: true },
        });
  if (!g) throw notFound("Petunjuk teknis");
  const stream = await fileStorage().get(g.storageKey);
  if (!stream) throw notFound("Berkas petunjuk teknis");
  return { stream, fileName: g.fileName, sizeBytes: g.sizeBytes };
}
