import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { rankingExportRows } from "./ranking-queries";
import { computeRoundRanking, scoresFingerprint } from "./round-ranking";

// What the minutes (berita acara) of a sealed round record (issue 11 item 7): round, rubric, judges, counts,
// the ranking with scores, the decisions, consolidation notes, corrections after judging closed, and the
// fingerprint of the sealed scores that the audit log also holds. Written from the sealed data each time it
// is downloaded, so it always matches the database; a correction after sealing shows as such, with the
// fingerprint at sealing beside the current one.

export async function minutesData(actor: Actor, roundId: string) {
  authorize(actor, "ranking:manage");
  const ranking = await computeRoundRanking(prisma, roundId);
  if (ranking.round.state !== "SEALED")
    throw new DomainError("CONFLICT", "Berita acara tersedia setelah babak disegel.");
  const [round, sealedAudit, judges, notes, changes, table, current] = await Promise.all([
    prisma.round.findUniqueOrThrow({
      where: { id: roundId },
      select: {
        kind: true,
        criteria: { orderBy: { order: "asc" }, select: { name: true, weight: true, scaleMin: true, scaleMax: true } },
        advancement: true,
        _count: { select: { entries: true, appointments: true } },
      },
    }),
    prisma.auditEntry.findFirst({
      where: { action: "round.seal", entityId: roundId },
      orderBy: { at: "desc" },
      select: { at: true, actor: { select: { name: true } }, after: true },
    }),
    prisma.user.findMany({
      where: { id: { in: ranking.judges.map((j) => j.judgeId) } },
      select: { id: true, name: true },
    }),
    prisma.consolidation.findMany({
      where: { roundId },
      select: { outcome: true, note: true, spread: true, proposal: { select: { title: true } } },
    }),
    prisma.scoreChange.findMany({
      where: { sheet: { assignment: { roundId } } },
      orderBy: { changedAt: "asc" },
      select: {
        oldValue: true,
        newValue: true,
        reason: true,
        changedAt: true,
        criterion: { select: { name: true } },
        changedBy: { select: { name: true } },
        sheet: { select: { assignment: { select: { entry: { select: { proposal: { select: { title: true } } } } } } } },
      },
    }),
    rankingExportRows(actor, roundId),
    scoresFingerprint(prisma, roundId),
  ]);
  const name = new Map(judges.map((j) => [j.id, j.name]));
  const sealedFingerprint = (sealedAudit?.after as { scoresFingerprint?: string } | null)?.scoresFingerprint ?? null;
  return {
    round: { ...ranking.round, kind: round.kind },
    method: ranking.method,
    warning: ranking.warning,
    criteria: round.criteria.map((c) => ({ ...c, weight: c.weight.toNumber() })),
    counts: {
      entries: round._count.entries,
      judges: round._count.appointments,
      sheets: ranking.sheetCount,
      assigned: ranking.entries.reduce((n, e) => n + e.assigned, 0),
    },
    judges: ranking.judges.map((j) => ({ ...j, name: name.get(j.judgeId) ?? "—" })),
    table: table.rows,
    advancement: round.advancement,
    notes: notes.map((n) => ({ ...n, spread: n.spread.toNumber(), title: n.proposal.title })),
    changes: changes.map((c) => ({
      title: c.sheet.assignment.entry.proposal.title,
      criterion: c.criterion.name,
      oldValue: c.oldValue?.toNumber() ?? null,
      newValue: c.newValue.toNumber(),
      reason: c.reason,
      at: c.changedAt,
      by: c.changedBy?.name ?? "—",
    })),
    sealed: { at: ranking.round.sealedAt, by: sealedAudit?.actor?.name ?? "—", fingerprint: sealedFingerprint },
    currentFingerprint: current,
  };
}
export type MinutesData = Awaited<ReturnType<typeof minutesData>>;
