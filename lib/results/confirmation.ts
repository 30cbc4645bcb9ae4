import "server-only";
import type { Readable } from "node:stream";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, found, notFound } from "@/lib/errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import { extensionOf } from "@/lib/proposals/file-types";
import { invalidatePublicSite } from "@/lib/public-site/cache";
import { fileStorage } from "@/lib/storage";
import { storeCheckedUpload } from "@/lib/storage/checked-upload";
import { MINUTES_MAX_BYTES } from "./confirmation-limits";
import { editionByYear, newestVersionForUpdate } from "./drafts";

// The plenary's confirmation: who (the acting admin), when (the server's clock) and the minutes (a PDF in file
// storage). Everything is written in one transaction — the version's state, the minutes' key and the audit
// entry — so a server killed half-way leaves the version confirmed with all of it, or still a draft
// (tests/integration/crash-safety-results.test.ts). Only a file may be left behind, never referenced.

/** Why the edition's result cannot be confirmed now (empty when it can): the objection window and its objections. */
export async function confirmationBlockers(db: Tx, editionId: string, now = new Date()) {
  const [pub, pending] = await Promise.all([
    db.publication.findUnique({ where: { editionId }, select: { objectionClosesAt: true } }),
    db.objection.count({ where: { editionId, decision: "PENDING" } }),
  ]);
  const blockers: string[] = [];
  if (pub?.objectionClosesAt && now.getTime() < pub.objectionClosesAt.getTime())
    blockers.push(`Masa sanggah masih berjalan sampai ${formatDateTimeWIB(pub.objectionClosesAt)}.`);
  if (pending > 0) blockers.push(`${pending} sanggahan belum diputuskan.`);
  return blockers;
}

export type MinutesUpload = {
  resultId: string;
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  declaredSize?: number | null;
};

export async function confirmResult(actor: Actor, input: MinutesUpload, now = new Date()) {
  authorize(actor, "result:manage");
  const target = found(
    await prisma.result.findUnique({ where: { id: input.resultId }, select: { editionId: true } }),
    "Versi hasil",
  );
  if (extensionOf(input.fileName) !== "pdf")
    throw new DomainError("INVALID", "Berita acara pleno diunggah dalam format PDF (nama berkas berakhiran .pdf).");
  // Refused before the upload is read when nothing could come of it.
  const early = await confirmationBlockers(prisma, target.editionId, now);
  if (early.length > 0) throw new DomainError("CONFLICT", `Hasil belum dapat dikonfirmasi. ${early.join(" ")}`);
  const stored = await storeCheckedUpload({
    body: input.body,
    declaredSize: input.declaredSize,
    maxBytes: MINUTES_MAX_BYTES,
    allowed: ["application/pdf"],
    wrongType: "Berkas bukan PDF yang valid. Berita acara pleno harus diunggah dalam format PDF.",
    prefix: "hasil",
  });
  try {
    const out = await auditedWrite(actor, async (tx, audit) => {
      const newest = await newestVersionForUpdate(tx, target.editionId);
      if (!newest || newest.id !== input.resultId)
        throw new DomainError("CONFLICT", "Versi ini bukan versi terbaru; muat ulang halaman.");
      if (newest.confirmedAt) throw new DomainError("CONFLICT", `Hasil versi ${newest.version} sudah dikonfirmasi.`);
      // Checked again under the lock: an objection lodged meanwhile still stops the confirmation.
      const blockers = await confirmationBlockers(tx, target.editionId, now);
      if (blockers.length > 0)
        throw new DomainError("CONFLICT", `Hasil belum dapat dikonfirmasi. ${blockers.join(" ")}`);
      const [lines, topN, awards, supersedes] = await Promise.all([
        tx.resultLine.count({ where: { resultId: newest.id } }),
        tx.resultLine.count({ where: { resultId: newest.id, tier: "TOP_N" } }),
        tx.award.count({ where: { resultId: newest.id } }),
        newest.supersedesId
          ? tx.result.findUnique({ where: { id: newest.supersedesId }, select: { version: true } })
          : null,
      ]);
      if (lines === 0)
        throw new DomainError("CONFLICT", "Versi ini belum berisi peringkat. Susun hasil terlebih dahulu.");
      const pub = await tx.publication.findUnique({
        where: { editionId: target.editionId },
        select: { winnersPublishedAt: true },
      });
      // A correction confirmed after the winners went public is on show at once (lib/public-site/visibility.ts).
      const publishedAt = pub?.winnersPublishedAt && pub.winnersPublishedAt <= now ? now : null;
      await tx.result.update({
        where: { id: newest.id },
        data: { confirmedAt: now, confirmedById: actor.id, minutesKey: stored.storageKey, publishedAt },
      });
      await audit({
        action: "result.confirm",
        entityType: "Result",
        entityId: newest.id,
        after: {
          version: newest.version,
          supersedes: supersedes?.version ?? null,
          lines,
          topN,
          awards,
          minutes: { fileName: input.fileName, sizeBytes: stored.size, sha256: stored.sha256 },
        },
      });
      return { version: newest.version, published: publishedAt !== null };
    });
    await invalidatePublicSite();
    return out;
  } catch (e) {
    await fileStorage()
      .remove(stored.storageKey)
      .catch(() => undefined);
    throw e;
  }
}

/** The minutes of a confirmed version, for the secretariat. */
export async function openMinutes(actor: Actor, resultId: string): Promise<{ stream: Readable; fileName: string }> {
  authorize(actor, "result:manage");
  const r = await prisma.result.findUnique({
    where: { id: resultId },
    select: { version: true, minutesKey: true, edition: { select: { year: true } } },
  });
  if (!r?.minutesKey) throw notFound("Berita acara");
  const stream = await fileStorage().get(r.minutesKey);
  if (!stream) throw notFound("Berkas berita acara");
  return { stream, fileName: `berita-acara-hasil-${r.edition.year}-versi-${r.version}.pdf` };
}

/** Publishes the winners of the confirmed version in force (the public site shows ranks, awards and scores). */
export async function publishWinners(actor: Actor, input: { year: number }, now = new Date()) {
  authorize(actor, "result:manage");
  const edition = await editionByYear(input.year);
  const out = await auditedWrite(actor, async (tx, audit) => {
    const confirmed = await tx.result.findFirst({
      where: { editionId: edition.id, confirmedAt: { not: null } },
      orderBy: { version: "desc" },
      select: { id: true, version: true },
    });
    if (!confirmed) throw new DomainError("CONFLICT", "Belum ada hasil yang dikonfirmasi pleno untuk diumumkan.");
    const before = await tx.publication.findUnique({ where: { editionId: edition.id } });
    if (before?.winnersPublishedAt)
      throw new DomainError("CONFLICT", `Pemenang sudah diumumkan ${formatDateTimeWIB(before.winnersPublishedAt)}.`);
    await tx.publication.upsert({
      where: { editionId: edition.id },
      create: { editionId: edition.id, winnersPublishedAt: now },
      update: { winnersPublishedAt: now },
    });
    await tx.result.update({ where: { id: confirmed.id }, data: { publishedAt: now } });
    await audit({
      action: "result.publish-winners",
      entityType: "Edition",
      entityId: edition.id,
      after: { year: edition.year, version: confirmed.version, winnersPublishedAt: now },
    });
    return { version: confirmed.version };
  });
  await invalidatePublicSite();
  return out;
}
