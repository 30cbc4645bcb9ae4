import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { loadForRead } from "./access";
import { listAttachments } from "./attachments";
import { factsSelect } from "./facts";

// The read-only view of a proposal as the province will see it (also the PDF's source).

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
    select: {
      id: true,
      title: true,
      wordLimit: true,
      answers: { where: { proposalId }, select: { text: true, wordCount: true } },
    },
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
    replicated:
      p.group?.kind === "REPLIKASI" && p.replicatedInnovation
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
