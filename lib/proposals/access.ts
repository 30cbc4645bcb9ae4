import "server-only";
import { authorize, can, rolesOnUnit, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { DomainError, found } from "@/lib/errors";
import { judgeMayReadProposal } from "@/lib/judging/score-access";
import { assertCanEdit, deadlineFactsOf, editRule, READ_ONLY_REASON, registrationDeadline } from "./lifecycle";

// Loading a proposal with permission: every read and write of a proposal's content starts here, judged by the
// proposal's real unit (never an id the browser sent), its status, the actor's role on it and the deadline.

/** What every permission decision about a proposal needs: its real unit, status, edition and deadlines. */
export type ProposalAccess = {
  id: string;
  editionId: string;
  innovationId: string;
  status: ProposalStatus;
  version: number;
  extensionUntil: Date | null;
  correctionDeadline: Date | null;
  unit: { id: string; name: string; path: string };
  edition: { year: number; registrationClosesAt: Date | null };
};

type AccessRow = Omit<ProposalAccess, "unit" | "edition"> & {
  unitId: string;
  unitName: string;
  unitPath: string;
  editionYear: number;
  registrationClosesAt: Date | null;
};

// One hand-written statement: every autosave reads this, and through Prisma's model API the same read cost
// several times the CPU of the statement itself (bench:autosave).
async function loadAccess(proposalId: string): Promise<ProposalAccess> {
  const [row] = await prisma.$queryRaw<AccessRow[]>`
    SELECT p."id", p."editionId", p."innovationId", p."status"::text AS "status", p."version",
      p."extensionUntil", p."correctionDeadline",
      n."id" AS "unitId", n."name" AS "unitName", n."path" AS "unitPath",
      e."year" AS "editionYear", e."registrationClosesAt"
    FROM "Proposal" p JOIN "Unit" n ON n."id" = p."unitId" JOIN "Edition" e ON e."id" = p."editionId"
    WHERE p."id" = ${proposalId}`;
  const r = found(row, "Usulan");
  return {
    id: r.id,
    editionId: r.editionId,
    innovationId: r.innovationId,
    status: r.status,
    version: r.version,
    extensionUntil: r.extensionUntil,
    correctionDeadline: r.correctionDeadline,
    unit: { id: r.unitId, name: r.unitName, path: r.unitPath },
    edition: { year: r.editionYear, registrationClosesAt: r.registrationClosesAt },
  };
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
