import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma, Prisma } from "@/lib/db";
import { DomainError, found } from "@/lib/errors";
import type { roundIdSchema } from "./schemas";

// Which proposals a round judges (RoundEntry). A first round takes every proposal that passed the
// administrative check; a later round takes the entries advanced from the round before it (lib/ranking/
// advancing.ts). The secretariat brings them in from the assignment page, as often as needed (a proposal that
// passes the check late comes in the next time); it never removes one.

type Db = Tx | typeof prisma;
type Source = { id: string; editionId: string; order: number; entrySource: "PASSED_ADMIN_CHECK" | "PREVIOUS_ROUND" };

/** The proposals that belong in the round by its entry source: one SQL fragment for counting and inserting. */
async function candidates(db: Db, round: Source): Promise<Prisma.Sql | null> {
  if (round.entrySource === "PASSED_ADMIN_CHECK")
    return Prisma.sql`SELECT p."id" FROM "Proposal" p WHERE p."editionId" = ${round.editionId} AND p."status" = 'PASSED'`;
  const previous = await db.round.findFirst({
    where: { editionId: round.editionId, order: { lt: round.order } },
    orderBy: { order: "desc" },
    select: { id: true },
  });
  return previous
    ? Prisma.sql`SELECT e."proposalId" FROM "RoundEntry" e WHERE e."roundId" = ${previous.id} AND e."state" = 'ADVANCED'`
    : null;
}

const sourceSelect = { id: true, editionId: true, order: true, entrySource: true, state: true, name: true } as const;

/** Entered and still waiting to enter, for the assignment page. */
export async function roundEntryCounts(roundId: string) {
  const round = found(await prisma.round.findUnique({ where: { id: roundId }, select: sourceSelect }), "Babak");
  const from = await candidates(prisma, round);
  const [entered, waiting] = await Promise.all([
    prisma.roundEntry.count({ where: { roundId } }),
    from
      ? prisma.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM (${from}) c(id)
          WHERE NOT EXISTS (SELECT 1 FROM "RoundEntry" r WHERE r."roundId" = ${roundId} AND r."proposalId" = c.id)`
      : Promise.resolve([{ n: 0 }]),
  ]);
  return {
    entered,
    waiting: round.state === "DRAFT" || round.state === "OPEN" ? waiting[0]!.n : 0,
    source: round.entrySource,
  };
}

export async function enrolRoundEntries(actor: Actor, input: z.infer<typeof roundIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    await tx.$queryRaw`SELECT 1 FROM "Round" WHERE "id" = ${input.roundId} FOR UPDATE`;
    const round = found(await tx.round.findUnique({ where: { id: input.roundId }, select: sourceSelect }), "Babak");
    if (round.state !== "DRAFT" && round.state !== "OPEN")
      throw new DomainError("CONFLICT", "Babak ini sudah ditutup; pesertanya tidak berubah lagi.");
    const from = await candidates(tx, round);
    const added = from
      ? await tx.$executeRaw`INSERT INTO "RoundEntry" ("roundId", "proposalId") SELECT ${round.id}, c.id FROM (${from}) c(id) ON CONFLICT DO NOTHING`
      : 0;
    if (added === 0) throw new DomainError("CONFLICT", "Tidak ada usulan baru yang menunggu masuk babak ini.");
    await audit({ action: "round.enrol-entries", entityType: "Round", entityId: round.id, after: { added } });
    return { name: round.name, added };
  });
}
