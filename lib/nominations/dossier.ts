import "server-only";
import { renderProposalPdf } from "@/components/proposals/proposal-pdf";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { found } from "@/lib/errors";
import { cleanFileName } from "@/lib/format/file-name";
import { getProposalPreview } from "@/lib/proposals/preview";
import { fileStorage } from "@/lib/storage";
import { inNationalOrder } from "./national-sections";
import { STAGE_LABEL } from "./rules";
import { zipStream, type ZipEntry } from "./zip-stream";

// The KIPP dossier of one nomination, one ZIP: the proposal as PDF with its sections in the national order
// (lib/nominations/national-sections.ts), data.json with the same content structured, and the attachments.

export const DOSSIER_FORMAT = "kovablik-kipp-dossier/1";

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "inovasi";

export async function buildDossier(actor: Actor, nominationId: string) {
  authorize(actor, "nomination:manage");
  const nomination = found(
    await prisma.nomination.findUnique({
      where: { id: nominationId },
      select: {
        id: true,
        proposalId: true,
        nominatedAt: true,
        sinovikRef: true,
        notes: true,
        checks: true,
        outcomes: { orderBy: { at: "asc" }, select: { stage: true, at: true, note: true } },
      },
    }),
    "Nominasi",
  );
  const preview = await getProposalPreview(actor, nomination.proposalId);
  const formSections = await prisma.formSection.findMany({
    where: { id: { in: preview.sections.map((s) => s.id) } },
    select: { id: true, key: true, order: true },
  });
  const formOf = new Map(formSections.map((s) => [s.id, s]));
  const ordered = inNationalOrder(
    preview.sections.map((s) => ({ ...s, key: formOf.get(s.id)?.key ?? "", order: formOf.get(s.id)?.order ?? 0 })),
  );
  const sections = ordered.map((s) => ({
    ...s,
    title: s.national && s.national.title !== s.title ? `${s.national.title} (${s.title})` : s.title,
  }));
  const pdf = await renderProposalPdf({ ...preview, sections });

  const files = await prisma.attachment.findMany({
    where: { proposalId: nomination.proposalId, deletedAt: null },
    select: {
      id: true,
      kind: true,
      fileName: true,
      contentType: true,
      sizeBytes: true,
      sha256: true,
      storageKey: true,
    },
    orderBy: { uploadedAt: "asc" },
  });
  const attachments = files.map((f, i) => ({
    ...f,
    path: `lampiran/${String(i + 1).padStart(2, "0")}-${cleanFileName(f.fileName, `lampiran-${i + 1}`)}`,
    label: preview.attachments.find((a) => a.id === f.id)?.label ?? f.kind,
  }));
  const result = await prisma.resultLine.findFirst({
    where: { proposalId: nomination.proposalId, result: { confirmedAt: { not: null } } },
    orderBy: { result: { version: "desc" } },
    select: { rank: true, tier: true, result: { select: { version: true, awards: true } } },
  });
  const base = `dosier-kipp-${preview.editionYear}-${slug(preview.title)}`;
  const pdfName = `${base}.pdf`;
  const missing: string[] = [];

  const data = () => ({
    format: DOSSIER_FORMAT,
    generatedAt: new Date().toISOString(),
    edition: { year: preview.editionYear },
    proposal: {
      id: preview.id,
      title: preview.title,
      unit: preview.unitName,
      institution: preview.institutionName,
      implementationStartedOn: preview.implementationStartedOn?.toISOString().slice(0, 10) ?? null,
      group: preview.groupName,
      category: preview.categoryName,
      sdgs: preview.sdgs,
      replicatedFrom: preview.replicated,
      innovators: preview.innovators.map((i) => ({ name: i.name, nip: i.nip, position: i.position })),
      videoUrl: preview.videoUrl,
      priorAwards: preview.priorAwards,
    },
    provincialResult: result
      ? {
          resultVersion: result.result.version,
          rank: result.rank,
          tier: result.tier,
          awards: result.result.awards.filter((a) => a.proposalId === preview.id).map((a) => a.name),
        }
      : null,
    nomination: {
      nominatedAt: nomination.nominatedAt.toISOString(),
      sinovikRef: nomination.sinovikRef,
      notes: nomination.notes,
      checks: nomination.checks,
      outcomes: nomination.outcomes.map((o) => ({ ...o, label: STAGE_LABEL[o.stage], at: o.at.toISOString() })),
    },
    sections: sections.map((s, i) => ({
      position: i + 1,
      nationalKey: s.national?.key ?? null,
      nationalTitle: s.national?.title ?? null,
      formKey: s.key,
      title: s.title,
      text: s.text,
      wordCount: s.wordCount,
      wordLimit: s.wordLimit,
    })),
    proposalPdf: pdfName,
    attachments: attachments.map((a) => ({
      path: a.path,
      kind: a.kind,
      label: a.label,
      fileName: a.fileName,
      contentType: a.contentType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      missing: missing.includes(a.id),
    })),
  });

  async function* entries(): AsyncIterable<ZipEntry> {
    yield { name: pdfName, data: new Uint8Array(pdf) };
    for (const a of attachments) {
      yield {
        name: a.path,
        data: async () => {
          const body = await fileStorage().get(a.storageKey);
          if (!body) missing.push(a.id);
          return body;
        },
      };
    }
    // Written last, so it can say which files the store no longer had.
    yield { name: "data.json", data: new TextEncoder().encode(JSON.stringify(data(), null, 2)), deflate: true };
  }
  return { fileName: `${base}.zip`, stream: zipStream(entries) };
}
