import "server-only";
import { authorize, can, rolesOnUnit, type Actor } from "@/lib/auth/permissions";
import { actorOfRequestWith } from "@/lib/auth/session";
import { Prisma, prisma } from "@/lib/db";
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

type AccessRow = Omit<ProposalAccess, "unit" | "edition" | "extensionUntil" | "correctionDeadline"> & {
  extensionUntil: Date | string | null;
  correctionDeadline: Date | string | null;
  unitId: string;
  unitName: string;
  unitPath: string;
  editionYear: number;
  registrationClosesAt: Date | string | null;
};

// One hand-written statement: every autosave reads this, and through Prisma's model API the same read cost
// several times the CPU of the statement itself (bench:autosave).
function accessSelect(proposalId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id", p."editionId", p."innovationId", p."status"::text AS "status", p."version",
      p."extensionUntil", p."correctionDeadline",
      n."id" AS "unitId", n."name" AS "unitName", n."path" AS "unitPath",
      e."year" AS "editionYear", e."registrationClosesAt"
    FROM "Proposal" p JOIN "Unit" n ON n."id" = p."unitId" JOIN "Edition" e ON e."id" = p."editionId"
    WHERE p."id" = ${proposalId}`;
}

/** A timestamp column as read directly, or as JSON text (UTC without a zone, as stored). */
function timestamp(value: Date | string | null): Date | null {
  if (value === null || value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
}

function accessFromRow(row: AccessRow | undefined | null): ProposalAccess {
  const r = found(row, "Usulan");
  return {
    id: r.id,
    editionId: r.editionId,
    innovationId: r.innovationId,
    status: r.status,
    version: r.version,
    extensionUntil: timestamp(r.extensionUntil),
    correctionDeadline: timestamp(r.correctionDeadline),
    unit: { id: r.unitId, name: r.unitName, path: r.unitPath },
    edition: { year: r.editionYear, registrationClosesAt: timestamp(r.registrationClosesAt) },
  };
}

async function loadAccess(proposalId: string): Promise<ProposalAccess> {
  const [row] = await prisma.$queryRaw<AccessRow[]>(accessSelect(proposalId));
  return accessFromRow(row);
}

/**
 * The signed-in actor of a route handler's request and the proposal's access facts, read in one statement
 * (autosave's hot path: lib/proposals/autosave-route.ts). The facts reach no one until `loadForWrite` has
 * checked them against the actor; a missing proposal surfaces there, after the session check, as before.
 */
export async function actorAndAccess(
  request: Request,
  proposalId: string,
): Promise<{ actor: Actor | null; access: Promise<ProposalAccess> }> {
  const read = await actorOfRequestWith<AccessRow>(request, accessSelect(proposalId));
  const access = Promise.resolve().then(() => accessFromRow(read.alongside));
  access.catch(() => undefined);
  return { actor: read.actor, access };
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

/** Loads the proposal and requires that the actor may change it now: unit, status, role and deadline. */
export async function loadForWrite(
  actor: Actor,
  proposalId: string,
  now: Date,
  prefetched?: Promise<ProposalAccess>,
): Promise<ProposalAccess> {
  const p = await (prefetched ?? loadAccess(proposalId));
  if (p.id !== proposalId) throw new Error("loadForWrite was given another proposal's access facts");
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
