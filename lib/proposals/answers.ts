import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { Prisma, prisma } from "@/lib/db";
import { PREPARED } from "@/lib/db/client";
import { DomainError, notFound } from "@/lib/errors";
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
  const key = { proposalId_sectionId: { proposalId: p.id, sectionId: input.sectionId } };
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

  // One statement writes and reads back the new version: autosave's hot path is a single round trip after the
  // permission checks. The proposal's status is part of the condition (a step taken since the check above
  // wins), and so are the section's edition, archive state and word limit. When nothing was written, the
  // section is looked at to say why; if it is fine, someone else saved first and is shown.
  // A first save (version 0) creates the row; if another tab created it a moment ago, nothing is inserted.
  // Later saves (nearly every autosave) write only over the version they started from.
  const [after] =
    input.baseVersion === 0
      ? await prisma.$queryRaw<{ version: number; updatedAt: Date }[]>`${Prisma.raw(PREPARED)}
    INSERT INTO "Answer" ("proposalId", "sectionId", "text", "wordCount", "version", "updatedById", "updatedAt")
    SELECT p."id", s."id", ${input.text}, ${wordCount}, 1, ${actor.id}, (now() AT TIME ZONE 'UTC')
    FROM "Proposal" AS p, "FormSection" AS s
    WHERE p."id" = ${p.id} AND p."status" = ${p.status}::"ProposalStatus"
      AND s."id" = ${input.sectionId} AND s."editionId" = p."editionId" AND s."archivedAt" IS NULL
      AND (s."wordLimit" IS NULL OR s."wordLimit" >= ${wordCount})
    ON CONFLICT DO NOTHING
    RETURNING "version", "updatedAt"`
      : await prisma.$queryRaw<{ version: number; updatedAt: Date }[]>`${Prisma.raw(PREPARED)}
    UPDATE "Answer" AS a SET "text" = ${input.text}, "wordCount" = ${wordCount}, "version" = a."version" + 1,
      "updatedById" = ${actor.id}, "updatedAt" = (now() AT TIME ZONE 'UTC')
    FROM "Proposal" AS p, "FormSection" AS s
    WHERE a."proposalId" = ${p.id} AND a."sectionId" = ${input.sectionId} AND a."version" = ${input.baseVersion}
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
