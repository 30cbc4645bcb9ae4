import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { DomainError, forbidden } from "@/lib/errors";
import { formatDeadlineWIB } from "@/lib/format/date";

// Who may see and score an entry, decided from the judge's own assignment (the key includes the signed-in
// judge's id, so another judge's sheet is never even loaded): the assignment is still ASSIGNED, the judge
// signed the round's no-conflict declaration, the round has opened, and no live conflict of interest covers
// the entry (the proposal itself, or a unit whose subtree holds the proposal's unit). Writing also needs the
// round OPEN and inside its window, and a sheet not yet submitted.

const assignmentSelect = {
  id: true,
  roundId: true,
  proposalId: true,
  state: true,
  round: { select: { id: true, name: true, state: true, opensAt: true, closesAt: true, editionId: true } },
  appointment: { select: { declarationSignedAt: true } },
  entry: { select: { proposal: { select: { unit: { select: { path: true } } } } } },
  sheet: { select: { id: true, state: true, version: true, updatedAt: true, submittedAt: true, weightedTotal: true } },
} satisfies Prisma.AssignmentSelect;

export type JudgeAssignment = Prisma.AssignmentGetPayload<{ select: typeof assignmentSelect }>;

type ActiveConflict = { proposalId: string | null; unitPath: string | null };

/** The judge's live (not lifted) conflicts in an edition. */
export async function activeConflicts(judgeId: string, editionId: string): Promise<ActiveConflict[]> {
  const rows = await prisma.conflict.findMany({
    where: { judgeId, editionId, liftedAt: null },
    select: { proposalId: true, unit: { select: { path: true } } },
  });
  return rows.map((r) => ({ proposalId: r.proposalId, unitPath: r.unit?.path ?? null }));
}

/** Whether one of these conflicts covers the entry: named directly, or through its unit's subtree. */
export function coversEntry(conflicts: readonly ActiveConflict[], proposalId: string, unitPath: string): boolean {
  return conflicts.some((c) => c.proposalId === proposalId || (c.unitPath !== null && unitPath.startsWith(c.unitPath)));
}

/** Why the judge may not see this assignment's entry, or null when they may. */
async function refusalOf(actor: Actor, a: JudgeAssignment): Promise<string | null> {
  if (a.state !== "ASSIGNED") return "Usulan ini tidak lagi ditugaskan kepada Anda.";
  if (!a.appointment.declarationSignedAt) {
    return "Tandatangani pernyataan bebas konflik kepentingan untuk babak ini sebelum melihat usulan.";
  }
  if (a.round.state === "DRAFT") return "Babak ini belum dibuka.";
  const conflicts = await activeConflicts(actor.id, a.round.editionId);
  if (coversEntry(conflicts, a.proposalId, a.entry.proposal.unit.path)) {
    return "Anda memiliki konflik kepentingan dengan usulan ini.";
  }
  return null;
}

/**
 * The signed-in judge's assignment of one entry in one round, if they may see it; FORBIDDEN otherwise (an
 * entry not assigned to them reads the same as one that does not exist).
 */
export async function loadJudgeAssignment(actor: Actor, roundId: string, proposalId: string): Promise<JudgeAssignment> {
  authorize(actor, "score:write");
  const a = await prisma.assignment.findUnique({
    where: { roundId_proposalId_judgeId: { roundId, proposalId, judgeId: actor.id } },
    select: assignmentSelect,
  });
  if (!a) throw forbidden("Usulan ini tidak ditugaskan kepada Anda.");
  const refusal = await refusalOf(actor, a);
  if (refusal) throw forbidden(refusal);
  return a;
}

/** Whether the round takes scores now: OPEN, and inside its window (closing at the instant shown). */
export function roundWindowProblem(round: JudgeAssignment["round"], now: Date): string | null {
  if (round.state !== "OPEN")
    return round.state === "DRAFT" ? "Babak ini belum dibuka." : "Babak ini sudah ditutup; nilai tidak dapat diubah.";
  if (round.opensAt && now < round.opensAt) return `Penilaian dibuka ${formatDeadlineWIB(round.opensAt)}.`;
  if (round.closesAt && now >= round.closesAt) return `Penilaian ditutup ${formatDeadlineWIB(round.closesAt)}.`;
  return null;
}

/** Requires that the judge may change the sheet now: the round's window, and a sheet not yet submitted. */
export function assertWritable(a: JudgeAssignment, now: Date): void {
  const closed = roundWindowProblem(a.round, now);
  if (closed) throw new DomainError("DEADLINE", closed);
  if (a.sheet?.state === "SUBMITTED") {
    throw forbidden("Lembar nilai ini sudah dikirim dan terkunci. Hanya sekretariat yang dapat membukanya kembali.");
  }
}

/**
 * Whether a judge may read this proposal (its files): some assignment of theirs on it passes the same checks
 * as the scoring screen. Used by lib/proposals/access.ts for the inline file route.
 */
export async function judgeMayReadProposal(actor: Actor, proposalId: string): Promise<boolean> {
  if (!actor.roles.includes("JUDGE")) return false;
  const rows = await prisma.assignment.findMany({
    where: { proposalId, judgeId: actor.id, state: "ASSIGNED" },
    select: assignmentSelect,
  });
  for (const a of rows) if ((await refusalOf(actor, a)) === null) return true;
  return false;
}
