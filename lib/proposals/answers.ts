import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, isUniqueViolation, notFound } from "@/lib/errors";
import { loadForWrite, type ProposalAccess } from "./access";
import { overLimitMessage, type SaveAnswerInput, type SaveOutcome } from "./schemas";
import { countWords } from "./text";

// Autosave of one section's answer, the hot path of the portal: a version number as the optimistic lock, and
// a conflict answered with what is there now rather than as an error.

export async function saveAnswer(
  actor: Actor,
  input: SaveAnswerInput,
  now = new Date(),
  prefetched?: Promise<ProposalAccess>,
): Promise<SaveOutcome<string>> {
  const p = await loadForWrite(actor, input.proposalId, now, prefetched);
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
        data: {
          proposalId: p.id,
          sectionId: section.id,
          text: input.text,
          wordCount,
          version: 1,
          updatedById: actor.id,
        },
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
