import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { editability, loadForRead } from "./access";
import { listAttachments } from "./attachments";
import { factsSelect, toFacts } from "./facts";

// Everything the proposal editor shows in one load: facts, the edition's groups, categories and form with
// this proposal's answers, attachment rules and files, and whether (and until when) the actor may edit.

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
    prisma.group.findMany({
      where: { editionId: access.editionId },
      select: { id: true, kind: true, name: true, description: true },
      orderBy: { kind: "asc" },
    }),
    prisma.category.findMany({
      where: { editionId: access.editionId },
      select: { id: true, name: true, description: true },
      orderBy: { order: "asc" },
    }),
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
      ? {
          id: proposal.replicatedInnovation.id,
          name: proposal.replicatedInnovation.name,
          unitName: proposal.replicatedInnovation.unit.name,
        }
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
