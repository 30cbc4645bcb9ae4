import "server-only";
import type { Tx } from "@/lib/audit/audited-write";
import { DomainError, found } from "@/lib/errors";
import { activeConflicts } from "@/lib/judging/conflicts";
import { covers } from "@/lib/judging/conflict-rules";
import type { RoundKind } from "@/lib/judging/schemas";

// What every schedule write starts with: the round, locked so two secretaries cannot fill or move at once, of
// the right kind and not closed (a closed round's schedule is history).

const KIND_NAME: Record<RoundKind, string> = {
  DESK_EVALUATION: "evaluasi proposal",
  PRESENTATION_INTERVIEW: "presentasi dan wawancara",
  SITE_VISIT: "kunjungan lapangan",
};

export async function lockScheduleRound(tx: Tx, roundId: string, kind: RoundKind | "SCHEDULED") {
  await tx.$queryRaw`SELECT 1 FROM "Round" WHERE "id" = ${roundId} FOR UPDATE`;
  const round = found(
    await tx.round.findUnique({
      where: { id: roundId },
      select: { id: true, name: true, kind: true, state: true, editionId: true },
    }),
    "Babak",
  );
  if (kind === "SCHEDULED" ? round.kind === "DESK_EVALUATION" : round.kind !== kind)
    throw new DomainError(
      "INVALID",
      kind === "SCHEDULED"
        ? "Babak evaluasi proposal tidak memiliki jadwal presentasi atau kunjungan."
        : `Jadwal ini hanya untuk babak ${KIND_NAME[kind]}; babak ini ${KIND_NAME[round.kind]}.`,
    );
  if (round.state === "CLOSED" || round.state === "SEALED")
    throw new DomainError("CONFLICT", "Babak ini sudah ditutup; jadwalnya tidak dapat diubah lagi.");
  return round;
}

/** The entries a schedule covers: every entry of the round that has not been eliminated. */
export const scheduledEntryWhere = (roundId: string) => ({ roundId, state: { not: "ELIMINATED" as const } });

/** For each proposal, the ids of the round's judges with an active conflict covering it. */
export async function blockedJudgesByProposal(
  tx: Tx,
  editionId: string,
  judgeIds: string[],
  entries: { proposalId: string; unitPath: string }[],
): Promise<Map<string, string[]>> {
  const conflicts = await activeConflicts(tx, editionId, judgeIds);
  return new Map(
    entries.map((e) => [e.proposalId, [...new Set(conflicts.filter((c) => covers(c, e)).map((c) => c.judgeId))]]),
  );
}
