import "server-only";
import { authorize, can, rolesOnUnit, type Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { DomainError, found } from "@/lib/errors";
import { judgeMayReadProposal } from "@/lib/judging/score-access";
import { assertCanEdit, deadlineFactsOf, editRule, READ_ONLY_REASON, registrationDeadline } from "./lifecycle";

// Loading a proposal with permission: every read and write of a proposal's content starts here, judged by the
// proposal's real unit (never an id the browser sent), its status, the actor's role on it and the deadline.

const accessSelect = {
  id: true,
  editionId: true,
  innovationId: true,
  status: true,
  version: true,
  extensionUntil: true,
  correctionDeadline: true,
  unit: { select: { id: true, name: true, path: true } },
  edition: { select: { year: true, registrationClosesAt: true } },
} satisfies Prisma.ProposalSelect;

export type ProposalAccess = Prisma.ProposalGetPayload<{ select: typeof accessSelect }>;

async function loadAccess(proposalId: string): Promise<ProposalAccess> {
  return found(await prisma.proposal.findUnique({ where: { id: proposalId }, select: accessSelect }), "Usulan");
}

/** Loads the proposal and requires that the actor may read it (judged by its real unit). */
export async function loadForRead(actor: Actor, proposalId: string): Promise<ProposalAccess> {
  const p = await loadAccess(proposalId);
  authorize(actor, "proposal:read", { unitPath: p.unit.path });
  return p;
}

/**
 * Loads the proposal for opening its files inline: its readers as above, and a judge scoring it (their own
 * live assignment, declaration signed, no conflict; lib/judging/score-access.ts). Nothing else widens.
 */
export async function loadForFileRead(actor: Actor, proposalId: string): Promise<ProposalAccess> {
  const p = await loadAccess(proposalId);
  if (!can(actor, "proposal:read", { unitPath: p.unit.path }) && !(await judgeMayReadProposal(actor, p.id))) {
    authorize(actor, "proposal:read", { unitPath: p.unit.path });
  }
  return p;
}

/**
 * Starts reading a proposal's access facts while the session is still being checked (autosave's route: one
 * database round trip less on the hot path). Nothing read here reaches anyone until `loadForWrite` has
 * checked it against the actor; a failure surfaces there, not before.
 */
export function prefetchAccess(proposalId: string): Promise<ProposalAccess> {
  const read = loadAccess(proposalId);
  read.catch(() => undefined);
  return read;
}

/** Loads the proposal and requires that the actor may change it now: unit, status, role and deadline. */
export async function loadForWrite(
  actor: Actor,
  proposalId: string,
  now: Date,
  prefetched?: Promise<ProposalAccess>,
): Promise<ProposalAccess> {
  const p = await (prefetched ?? loadAccess(proposalId));
  if (p.id !== proposalId) throw new Error("prefetchAccess was given another proposal");
  authorize(actor, "proposal:edit", { unitPath: p.unit.path });
  assertCanEdit(p.status, rolesOnUnit(actor, p.unit.path), deadlineFactsOf(p), now);
  return p;
}

/** What the editor tells the actor: editable until when, or why not. */
export function editability(
  actor: Actor,
  p: ProposalAccess,
  now: Date,
): { ok: true; until: Date | null } | { ok: false; reason: string } {
  if (!can(actor, "proposal:edit", { unitPath: p.unit.path })) {
    return { ok: false, reason: "Anda dapat membaca usulan ini, tetapi tidak dapat mengubahnya." };
  }
  const facts = deadlineFactsOf(p);
  try {
    assertCanEdit(p.status, rolesOnUnit(actor, p.unit.path), facts, now);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    // A deadline message already says what happened; a role or status refusal reads as the proposal's state.
    return { ok: false, reason: (e.code !== "DEADLINE" && READ_ONLY_REASON[p.status]) || e.message };
  }
  if (editRule(p.status)?.deadline === "correction") return { ok: true, until: p.correctionDeadline };
  return { ok: true, until: registrationDeadline(facts) };
}
