import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fieldError, found } from "@/lib/errors";
import { swapped } from "./order";
import type { addCategorySchema, moveSchema, removeByIdSchema, updateCategorySchema } from "./schemas";

// The innovation categories of an edition, in the order the form lists them.

const duplicateName = () => fieldError("name", "Nama kategori ini sudah ada pada edisi ini.", "CONFLICT");

/** Writes positions 1..n for `ids` in this order. Two passes: (editionId, order) is unique at every step. */
async function renumberCategories(tx: Tx, ids: string[]) {
  for (const [i, id] of ids.entries()) await tx.category.update({ where: { id }, data: { order: -(i + 1) } });
  for (const [i, id] of ids.entries()) await tx.category.update({ where: { id }, data: { order: i + 1 } });
}

export async function addCategory(actor: Actor, input: z.infer<typeof addCategorySchema>) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      found(await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } }), "Edisi");
      const last = await tx.category.aggregate({ where: { editionId: input.editionId }, _max: { order: true } });
      const after = await tx.category.create({
        data: {
          editionId: input.editionId,
          order: (last._max.order ?? 0) + 1,
          name: input.name,
          description: input.description || null,
        },
      });
      await audit({ action: "edition.category.add", entityType: "Category", entityId: after.id, after });
      return after;
    },
    { onUniqueViolation: duplicateName },
  );
}

export async function updateCategory(actor: Actor, input: z.infer<typeof updateCategorySchema>) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const before = found(await tx.category.findUnique({ where: { id: input.categoryId } }), "Kategori");
      const after = await tx.category.update({
        where: { id: input.categoryId },
        data: { name: input.name, description: input.description || null },
      });
      await audit({ action: "edition.category.update", entityType: "Category", entityId: after.id, before, after });
      return after;
    },
    { onUniqueViolation: duplicateName },
  );
}

export async function moveCategory(actor: Actor, input: z.infer<typeof moveSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const target = found(
      await tx.category.findUnique({ where: { id: input.id }, select: { editionId: true } }),
      "Kategori",
    );
    const all = await tx.category.findMany({
      where: { editionId: target.editionId },
      orderBy: { order: "asc" },
      select: { id: true, name: true },
    });
    const ids = all.map((c) => c.id);
    const moved = swapped(ids, input.id, input.direction);
    if (!moved) return { moved: false };
    await renumberCategories(tx, moved);
    const names = new Map(all.map((c) => [c.id, c.name]));
    await audit({
      action: "edition.category.reorder",
      entityType: "Edition",
      entityId: target.editionId,
      before: ids.map((id) => names.get(id)),
      after: moved.map((id) => names.get(id)),
    });
    return { moved: true };
  });
}

export async function removeCategory(actor: Actor, input: z.infer<typeof removeByIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const { _count, ...before } = found(
      await tx.category.findUnique({
        where: { id: input.id },
        include: { _count: { select: { proposals: true, appointments: true } } },
      }),
      "Kategori",
    );
    if (_count.proposals > 0) {
      throw new DomainError(
        "CONFLICT",
        `Kategori "${before.name}" dipakai ${_count.proposals} usulan sehingga tidak dapat dihapus.`,
      );
    }
    if (_count.appointments > 0) {
      throw new DomainError(
        "CONFLICT",
        `Kategori "${before.name}" dipakai dalam penugasan juri sehingga tidak dapat dihapus.`,
      );
    }
    await tx.category.delete({ where: { id: input.id } });
    const rest = await tx.category.findMany({
      where: { editionId: before.editionId },
      orderBy: { order: "asc" },
      select: { id: true },
    });
    await renumberCategories(
      tx,
      rest.map((c) => c.id),
    );
    await audit({ action: "edition.category.remove", entityType: "Category", entityId: input.id, before });
    return { name: before.name };
  });
}
