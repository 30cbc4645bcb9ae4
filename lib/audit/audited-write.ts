import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { isUniqueViolation, type DomainError } from "@/lib/errors";
import { recordAudit, type AuditInput } from "./audit";

// The one shape of a change that leaves a trace: in one transaction, read what is there (and refuse if it is
// missing), write, and record the audit entry with the acting user; a unique-constraint race that got past
// the reads becomes the caller's domain error (usually a field error) instead of a server error.
//
//   return auditedWrite(actor, async (tx, audit) => {
//     const before = found(await tx.group.findUnique({ where: { id } }), "Kelompok");
//     const after = await tx.group.update({ where: { id }, data });
//     await audit({ action: "edition.group.update", entityType: "Group", entityId: id, before, after });
//     return after;
//   }, { onUniqueViolation: () => fieldError("name", "Nama ini sudah dipakai.", "CONFLICT") });

export type Tx = Prisma.TransactionClient;
/** Records one audit entry as the acting user, inside the write's transaction. */
export type RecordAudit = (entry: Omit<AuditInput, "actorId">) => Promise<void>;

export type AuditedWriteOptions = {
  /** The error a unique-constraint violation (Prisma P2002) turns into. */
  onUniqueViolation?: () => DomainError;
  /** The transaction's time limit in ms (Prisma's default is 5 s; a large batch, e.g. a round's assignment, needs more). */
  timeout?: number;
};

export async function auditedWrite<T>(
  actor: Pick<Actor, "id">,
  write: (tx: Tx, audit: RecordAudit) => Promise<T>,
  options: AuditedWriteOptions = {},
): Promise<T> {
  try {
    return await prisma.$transaction(
      (tx) => write(tx, (entry) => recordAudit(tx, { ...entry, actorId: actor.id })),
      options.timeout ? { timeout: options.timeout } : undefined,
    );
  } catch (e) {
    if (options.onUniqueViolation && isUniqueViolation(e)) throw options.onUniqueViolation();
    throw e;
  }
}
