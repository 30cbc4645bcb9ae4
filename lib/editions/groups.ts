import "server-only";
import type { z } from "zod";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, found } from "@/lib/errors";
import { DEFAULT_GROUP_NAME, type addGroupSchema, type removeGroupSchema, type updateGroupSchema } from "./schemas";

// The competition groups of an edition (Umum, Replikasi, Khusus): one of each kind at most.

export async function updateGroup(actor: Actor, input: z.infer<typeof updateGroupSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = found(await tx.group.findUnique({ where: { id: input.groupId } }), "Kelompok");
    const after = await tx.group.update({
      where: { id: input.groupId },
      data: { name: input.name, description: input.description || null },
    });
    await audit({ action: "edition.group.update", entityType: "Group", entityId: after.id, before, after });
    return after;
  });
}

export async function addGroup(actor: Actor, input: z.infer<typeof addGroupSchema>) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      found(await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } }), "Edisi");
      const after = await tx.group.create({
        data: { editionId: input.editionId, kind: input.kind, name: DEFAULT_GROUP_NAME[input.kind] },
      });
      await audit({ action: "edition.group.add", entityType: "Group", entityId: after.id, after });
      return after;
    },
    { onUniqueViolation: () => new DomainError("CONFLICT", "Kelompok ini sudah ada pada edisi ini.") },
  );
}

export async function removeGroup(actor: Actor, input: z.infer<typeof removeGroupSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const { _count, ...before } = found(
      await tx.group.findUnique({ where: { id: input.groupId }, include: { _count: { select: { proposals: true } } } }),
      "Kelompok",
    );
    if (_count.proposals > 0) {
      throw new DomainError(
        "CONFLICT",
        `${before.name} tidak dapat dihapus karena dipakai ${_count.proposals} usulan. Ubah nama atau deskripsinya saja.`,
      );
    }
    await tx.group.delete({ where: { id: input.groupId } });
    await audit({ action: "edition.group.remove", entityType: "Group", entityId: input.groupId, before });
    return { name: before.name };
  });
}
