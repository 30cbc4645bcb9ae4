import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { found, notFound } from "@/lib/errors";
import { swapped } from "./order";
import {
  sectionKeyFrom,
  type addSectionSchema,
  type moveSchema,
  type removeByIdSchema,
  type updateSectionSchema,
} from "./schemas";

// The proposal form of an edition: its sections, their word limits and order. A section with answers is
// archived rather than deleted, so no proposal loses text.

async function uniqueSectionKey(tx: Tx, editionId: string, title: string): Promise<string> {
  const base = sectionKeyFrom(title);
  // Archived sections keep their keys: their answers still refer to them.
  const taken = new Set(
    (await tx.formSection.findMany({ where: { editionId, key: { startsWith: base } }, select: { key: true } })).map(
      (s) => s.key,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The section, unless it is missing or archived (an archived section is gone as far as the editor knows). */
function liveSection<T extends { archivedAt: Date | null }>(section: T | null): T {
  if (!section || section.archivedAt) throw notFound("Bagian formulir");
  return section;
}

export async function addSection(actor: Actor, input: z.infer<typeof addSectionSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    found(await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } }), "Edisi");
    const last = await tx.formSection.aggregate({ where: { editionId: input.editionId }, _max: { order: true } });
    const after = await tx.formSection.create({
      data: {
        editionId: input.editionId,
        order: (last._max.order ?? 0) + 1,
        key: await uniqueSectionKey(tx, input.editionId, input.title),
        title: input.title,
        guidance: input.guidance || null,
        wordLimit: input.wordLimit,
        required: input.required,
        isPublic: input.isPublic,
      },
    });
    await audit({ action: "edition.section.add", entityType: "FormSection", entityId: after.id, after });
    return after;
  });
}

/** The key stays as it was: it is the section's identity in answers, exports and public pages. */
export async function updateSection(actor: Actor, input: z.infer<typeof updateSectionSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = liveSection(await tx.formSection.findUnique({ where: { id: input.sectionId } }));
    // A lower word limit never touches existing answers: the administrative check flags those over it.
    const after = await tx.formSection.update({
      where: { id: input.sectionId },
      data: {
        title: input.title,
        guidance: input.guidance || null,
        wordLimit: input.wordLimit,
        required: input.required,
        isPublic: input.isPublic,
      },
    });
    await audit({ action: "edition.section.update", entityType: "FormSection", entityId: after.id, before, after });
    return after;
  });
}

export async function moveSection(actor: Actor, input: z.infer<typeof moveSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const target = liveSection(
      await tx.formSection.findUnique({ where: { id: input.id }, select: { editionId: true, archivedAt: true } }),
    );
    const all = await tx.formSection.findMany({
      where: { editionId: target.editionId, archivedAt: null },
      orderBy: [{ order: "asc" }, { id: "asc" }],
      select: { id: true, key: true },
    });
    const ids = all.map((s) => s.id);
    const moved = swapped(ids, input.id, input.direction);
    if (!moved) return { moved: false };
    for (const [i, id] of moved.entries()) await tx.formSection.update({ where: { id }, data: { order: i + 1 } });
    const keys = new Map(all.map((s) => [s.id, s.key]));
    await audit({
      action: "edition.section.reorder",
      entityType: "Edition",
      entityId: target.editionId,
      before: ids.map((id) => keys.get(id)),
      after: moved.map((id) => keys.get(id)),
    });
    return { moved: true };
  });
}

/** Deletes a section nobody has answered; one with answers is archived so the answers stay. */
export async function removeSection(actor: Actor, input: z.infer<typeof removeByIdSchema>) {
  const sectionId = input.id;
  return auditedWrite(actor, async (tx, audit) => {
    const { _count, ...before } = liveSection(
      await tx.formSection.findUnique({ where: { id: sectionId }, include: { _count: { select: { answers: true } } } }),
    );
    if (_count.answers > 0) {
      const after = await tx.formSection.update({ where: { id: sectionId }, data: { archivedAt: new Date() } });
      await audit({ action: "edition.section.archive", entityType: "FormSection", entityId: sectionId, before, after });
      return { title: before.title, archived: true, answers: _count.answers };
    }
    await tx.formSection.delete({ where: { id: sectionId } });
    await audit({ action: "edition.section.remove", entityType: "FormSection", entityId: sectionId, before });
    return { title: before.title, archived: false, answers: 0 };
  });
}
