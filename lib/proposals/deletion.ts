import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { DomainError, found } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { loadForRead } from "./access";
import type { DeleteDraftInput } from "./schemas";

// An operator may throw away a draft that never left the unit: a mistaken or duplicate start should not sit in
// every count until the edition closes. Once sent, the proposal has a history the admin lokal and province rely
// on, so it can only be withdrawn (lib/proposals/workflow.ts), never deleted.

export async function deleteDraft(actor: Actor, input: DeleteDraftInput): Promise<{ title: string }> {
  const p = await loadForRead(actor, input.proposalId);
  authorize(actor, "proposal:edit", { unitPath: p.unit.path });
  const { title, storageKeys } = await auditedWrite(actor, async (tx, audit) => {
    const before = found(
      await tx.proposal.findUnique({
        where: { id: p.id },
        select: {
          id: true,
          title: true,
          status: true,
          submittedAt: true,
          unitId: true,
          editionId: true,
          innovationId: true,
        },
      }),
      "Usulan",
    );
    // Any event with a "from" status is a step of the flow; the creation event has none.
    const steps = await tx.proposalEvent.count({ where: { proposalId: p.id, fromStatus: { not: null } } });
    if (before.status !== "DRAFT" || before.submittedAt || steps > 0) {
      throw new DomainError("CONFLICT", "Usulan yang sudah pernah dikirim tidak dapat dihapus.");
    }
    const files = await tx.attachment.findMany({ where: { proposalId: p.id }, select: { storageKey: true } });
    await tx.proposal.delete({ where: { id: p.id } });
    await audit({ action: "proposal.delete-draft", entityType: "Proposal", entityId: p.id, before });
    return { title: before.title, storageKeys: files.map((f) => f.storageKey) };
  });
  // After the commit only: a rolled-back delete must keep its files. A file that fails to go is an orphan in
  // storage, harmless and never served (no row points to it).
  await Promise.allSettled(storageKeys.map((key) => fileStorage().remove(key)));
  return { title };
}
