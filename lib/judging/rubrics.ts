import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, found } from "@/lib/errors";
import type { saveRubricSchema } from "./schemas";

// A round's rubric (its criteria) is saved as a whole: the editor holds every row, the weights are checked
// together (they must make 100 %), and the order is the order of the rows. Frozen once the round opens —
// here with a clear message, and in the database by a trigger (migration judging_round_settings).

export const RUBRIC_FROZEN = "Rubrik babak yang sudah dibuka dibekukan: kriteria dan bobotnya tidak dapat diubah lagi.";

/** Locks the round row and refuses unless it is still a draft: an opening racing with this save waits. */
async function lockDraftRound(tx: Tx, roundId: string) {
  const rows = await tx.$queryRaw<
    { state: string }[]
  >`SELECT "state"::text AS state FROM "Round" WHERE "id" = ${roundId} FOR UPDATE`;
  const round = found(rows[0], "Babak");
  if (round.state !== "DRAFT") throw new DomainError("CONFLICT", RUBRIC_FROZEN);
}

export async function saveRubric(actor: Actor, input: z.infer<typeof saveRubricSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    await lockDraftRound(tx, input.roundId);
    const before = await tx.criterion.findMany({ where: { roundId: input.roundId }, orderBy: { order: "asc" } });
    await tx.criterion.deleteMany({ where: { roundId: input.roundId } });
    await tx.criterion.createMany({
      data: input.criteria.map((c, i) => ({
        roundId: input.roundId,
        order: i + 1,
        name: c.name,
        description: c.description || null,
        weight: c.weight,
        scaleMin: c.scaleMin,
        scaleMax: c.scaleMax,
        levels: c.levels,
      })),
    });
    const after = await tx.criterion.findMany({ where: { roundId: input.roundId }, orderBy: { order: "asc" } });
    await audit({ action: "rubric.save", entityType: "Round", entityId: input.roundId, before, after });
    return { criteria: after.length };
  });
}
