import "server-only";
import type { Readable } from "node:stream";
import { auditedWrite } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, found, notFound } from "@/lib/errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import { cleanFileName } from "@/lib/format/file-name";
import { mailLetter } from "@/lib/notifications/letter";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { mailLink } from "@/lib/notifications/public-url";
import { invalidatePublicSite } from "@/lib/public-site/cache";
import { editionVisibility, publicLinesWhere } from "@/lib/public-site/visibility";
import { fileStorage } from "@/lib/storage";
import { storeCheckedUpload } from "@/lib/storage/checked-upload";
import { editionByYear } from "./drafts";
import {
  OBJECTION_DECISION_LABEL,
  type AnnounceFinalistsInput,
  type DecideObjectionInput,
  type LodgeObjectionInput,
} from "./schemas";

// The objection window (masa sanggah): the finalists are announced with a window of whole days; during it any
// unit user may object to a finalist with reasons and one evidence file; the secretariat decides each one. The
// server's clock decides whether the window is open. Confirming the result waits for the window and the
// decisions (confirmation.ts); an upheld objection takes the entry out of the Top N when the draft is rebuilt.

const DAY = 86_400_000;
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export const OBJECTION_DECIDED_TEMPLATE = "objection.decided";

export function windowOpen(pub: { objectionOpensAt: Date | null; objectionClosesAt: Date | null }, now: Date) {
  return (
    !!pub.objectionOpensAt &&
    !!pub.objectionClosesAt &&
    pub.objectionOpensAt.getTime() <= now.getTime() &&
    now.getTime() < pub.objectionClosesAt.getTime()
  );
}

export async function announceFinalists(actor: Actor, input: AnnounceFinalistsInput, now = new Date()) {
  authorize(actor, "result:manage");
  const edition = await editionByYear(input.year);
  const closesAt = new Date(now.getTime() + input.days * DAY);
  const out = await auditedWrite(actor, async (tx, audit) => {
    const newest = await tx.result.findFirst({
      where: { editionId: edition.id },
      orderBy: { version: "desc" },
      select: { version: true, _count: { select: { lines: { where: { tier: "TOP_N" } } } } },
    });
    if (!newest || newest._count.lines === 0)
      throw new DomainError("CONFLICT", "Susun hasil terlebih dahulu: belum ada finalis (Top N) untuk diumumkan.");
    const before = await tx.publication.findUnique({ where: { editionId: edition.id } });
    if (before?.finalistsPublishedAt)
      throw new DomainError("CONFLICT", `Finalis sudah diumumkan ${formatDateTimeWIB(before.finalistsPublishedAt)}.`);
    const data = { finalistsPublishedAt: now, objectionOpensAt: now, objectionClosesAt: closesAt };
    await tx.publication.upsert({
      where: { editionId: edition.id },
      create: { editionId: edition.id, ...data },
      update: data,
    });
    await audit({
      action: "result.announce-finalists",
      entityType: "Edition",
      entityId: edition.id,
      after: { year: edition.year, version: newest.version, finalists: newest._count.lines, ...data },
    });
    return { finalists: newest._count.lines, closesAt };
  });
  await invalidatePublicSite();
  return out;
}

/** An announced finalist of a public edition, with the edition's window; null when it is not one. */
async function announcedFinalist(proposalId: string, now: Date) {
  const p = await prisma.proposal.findUnique({
    where: { id: proposalId },
    select: { id: true, title: true, editionId: true, edition: { select: { year: true } } },
  });
  if (!p) return null;
  const v = await editionVisibility(p.edition.year, now);
  const where = v && publicLinesWhere(v);
  if (!v || !where) return null;
  const line = await prisma.resultLine.findFirst({ where: { ...where, proposalId }, select: { proposalId: true } });
  return line ? { proposal: p, visibility: v } : null;
}

export async function lodgeObjection(actor: Actor, input: LodgeObjectionInput, now = new Date()) {
  authorize(actor, "objection:lodge");
  const membership = actor.memberships.find((m) => m.unitId === input.unitId);
  if (!membership) throw new DomainError("FORBIDDEN", "Anda tidak terdaftar pada unit yang dipilih.");
  const target = await announcedFinalist(input.proposalId, now);
  if (!target) throw notFound("Finalis");
  const v = target.visibility;
  if (!windowOpen(v, now))
    throw new DomainError(
      "DEADLINE",
      v.objectionClosesAt && now >= v.objectionClosesAt
        ? `Masa sanggah sudah berakhir ${formatDateTimeWIB(v.objectionClosesAt)}. Sanggahan tidak dapat diajukan lagi.`
        : "Masa sanggah belum dibuka.",
    );
  return auditedWrite(actor, async (tx, audit) => {
    const o = await tx.objection.create({
      data: {
        editionId: target.proposal.editionId,
        proposalId: target.proposal.id,
        lodgedById: actor.id,
        unitId: membership.unitId,
        reason: input.reason,
        lodgedAt: now,
      },
    });
    await audit({
      action: "objection.lodge",
      entityType: "Objection",
      entityId: o.id,
      after: { proposal: target.proposal.title, unit: membership.unitName, reason: input.reason },
    });
    return { objectionId: o.id, title: target.proposal.title };
  });
}

export type EvidenceUpload = {
  objectionId: string;
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  declaredSize?: number | null;
};

/** The one evidence file of one's own objection, while the window is open. */
export async function attachEvidence(actor: Actor, input: EvidenceUpload, now = new Date()) {
  authorize(actor, "objection:lodge");
  const o = await prisma.objection.findUnique({
    where: { id: input.objectionId },
    select: { id: true, lodgedById: true, evidenceKey: true, edition: { select: { publication: true } } },
  });
  if (!o) throw notFound("Sanggahan");
  if (o.lodgedById !== actor.id)
    throw new DomainError("FORBIDDEN", "Hanya pengaju sanggahan yang dapat menambah bukti.");
  if (o.evidenceKey) throw new DomainError("CONFLICT", "Sanggahan ini sudah memiliki berkas bukti.");
  const pub = o.edition.publication;
  if (!pub || !windowOpen(pub, now))
    throw new DomainError("DEADLINE", "Masa sanggah sudah berakhir. Bukti tidak dapat ditambahkan lagi.");
  const stored = await storeCheckedUpload({
    body: input.body,
    declaredSize: input.declaredSize,
    maxBytes: EVIDENCE_MAX_BYTES,
    allowed: EVIDENCE_TYPES,
    wrongType: "Bukti harus berupa PDF, JPEG, atau PNG yang valid.",
    prefix: "sanggahan",
  });
  const fileName = cleanFileName(input.fileName, "bukti-sanggahan");
  try {
    await auditedWrite(actor, async (tx, audit) => {
      const { count } = await tx.objection.updateMany({
        where: { id: o.id, evidenceKey: null },
        data: { evidenceKey: stored.storageKey, evidenceFileName: fileName, evidenceType: stored.contentType },
      });
      if (count === 0) throw new DomainError("CONFLICT", "Sanggahan ini sudah memiliki berkas bukti.");
      await audit({
        action: "objection.attach-evidence",
        entityType: "Objection",
        entityId: o.id,
        after: { fileName, sizeBytes: stored.size, sha256: stored.sha256, contentType: stored.contentType },
      });
    });
  } catch (e) {
    await fileStorage()
      .remove(stored.storageKey)
      .catch(() => undefined);
    throw e;
  }
  return { fileName };
}

/** The evidence file: the secretariat, or the person who lodged the objection. */
export async function openEvidence(
  actor: Actor,
  objectionId: string,
): Promise<{ stream: Readable; fileName: string; contentType: string }> {
  const o = await prisma.objection.findUnique({
    where: { id: objectionId },
    select: { lodgedById: true, evidenceKey: true, evidenceFileName: true, evidenceType: true },
  });
  if (!o) throw notFound("Sanggahan");
  if (!(actor.isAdmin || o.lodgedById === actor.id))
    throw new DomainError("FORBIDDEN", "Bukti sanggahan hanya untuk sekretariat dan pengajunya.");
  if (!o.evidenceKey) throw notFound("Berkas bukti");
  const stream = await fileStorage().get(o.evidenceKey);
  if (!stream) throw notFound("Berkas bukti");
  return {
    stream,
    fileName: o.evidenceFileName ?? "bukti-sanggahan",
    contentType: o.evidenceType ?? "application/octet-stream",
  };
}

export async function decideObjection(actor: Actor, input: DecideObjectionInput, now = new Date()) {
  authorize(actor, "result:manage");
  return auditedWrite(actor, async (tx, audit) => {
    const o = found(
      await tx.objection.findUnique({
        where: { id: input.objectionId },
        select: {
          id: true,
          decision: true,
          proposal: { select: { title: true } },
          lodgedBy: { select: { id: true, name: true, email: true, status: true } },
        },
      }),
      "Sanggahan",
    );
    const { count } = await tx.objection.updateMany({
      where: { id: o.id, decision: "PENDING" },
      data: { decision: input.decision, decisionNote: input.note, decidedById: actor.id, decidedAt: now },
    });
    if (count === 0) throw new DomainError("CONFLICT", "Sanggahan ini sudah diputuskan.");
    await audit({
      action: "objection.decide",
      entityType: "Objection",
      entityId: o.id,
      before: { decision: o.decision },
      after: { decision: input.decision, note: input.note },
    });
    const label = OBJECTION_DECISION_LABEL[input.decision].toLowerCase();
    if (o.lodgedBy && o.lodgedBy.status === "ACTIVE")
      await enqueueNotification(tx, {
        recipientEmail: o.lodgedBy.email,
        recipientId: o.lodgedBy.id,
        template: OBJECTION_DECIDED_TEMPLATE,
        subject: `Sanggahan Anda ${label}: ${o.proposal.title}`,
        body: mailLetter(o.lodgedBy.name, [
          `Sekretariat KOVABLIK telah memutuskan sanggahan Anda terhadap finalis "${o.proposal.title}": ${label}.`,
          "",
          `Catatan keputusan: ${input.note}`,
          "",
          `Lihat sanggahan Anda di portal: ${mailLink("/sanggahan")}`,
        ]),
      });
    return { decision: input.decision, title: o.proposal.title };
  });
}
