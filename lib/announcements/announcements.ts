import "server-only";
import type { z } from "zod";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { fieldError, found } from "@/lib/errors";
import { invalidatePublicSite } from "@/lib/public-site/cache";
import type { removeAnnouncementSchema, SaveAnnouncementInput, setAnnouncementPublishedSchema } from "./schemas";

// The secretariat's announcements. A published one is public at once (the cached public pages are expired
// through invalidatePublicSite); editing a published one changes the public text too.

export type AnnouncementRow = {
  id: string;
  title: string;
  body: string;
  editionYear: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
};

export async function listAnnouncements(): Promise<AnnouncementRow[]> {
  const rows = await prisma.announcement.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
    take: 200,
    select: {
      id: true,
      title: true,
      body: true,
      publishedAt: true,
      updatedAt: true,
      edition: { select: { year: true } },
    },
  });
  return rows.map(({ edition, ...r }) => ({ ...r, editionYear: edition?.year ?? null }));
}

async function editionIdOf(year: string): Promise<string | null> {
  if (!year) return null;
  const edition = await prisma.edition.findUnique({ where: { year: Number(year) }, select: { id: true } });
  if (!edition) throw fieldError("editionYear", "Edisi ini tidak ada.");
  return edition.id;
}

export async function saveAnnouncement(actor: Actor, input: SaveAnnouncementInput) {
  const editionId = await editionIdOf(input.editionYear);
  const data = { title: input.title, body: input.body, editionId };
  const saved = await auditedWrite(actor, async (tx, audit) => {
    if (!input.id) {
      const after = await tx.announcement.create({ data: { ...data, createdById: actor.id } });
      await audit({ action: "announcement.create", entityType: "Announcement", entityId: after.id, after });
      return after;
    }
    const before = found(await tx.announcement.findUnique({ where: { id: input.id } }), "Pengumuman");
    const after = await tx.announcement.update({ where: { id: before.id }, data });
    await audit({ action: "announcement.update", entityType: "Announcement", entityId: after.id, before, after });
    return after;
  });
  if (saved.publishedAt) await invalidatePublicSite();
  return saved;
}

export async function setAnnouncementPublished(actor: Actor, input: z.infer<typeof setAnnouncementPublishedSchema>) {
  const saved = await auditedWrite(actor, async (tx, audit) => {
    const before = found(await tx.announcement.findUnique({ where: { id: input.id } }), "Pengumuman");
    const after = await tx.announcement.update({
      where: { id: before.id },
      data: { publishedAt: input.publish ? (before.publishedAt ?? new Date()) : null },
    });
    await audit({
      action: input.publish ? "announcement.publish" : "announcement.unpublish",
      entityType: "Announcement",
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
  await invalidatePublicSite();
  return saved;
}

export async function removeAnnouncement(actor: Actor, input: z.infer<typeof removeAnnouncementSchema>) {
  const removed = await auditedWrite(actor, async (tx, audit) => {
    const before = found(await tx.announcement.findUnique({ where: { id: input.id } }), "Pengumuman");
    await tx.announcement.delete({ where: { id: before.id } });
    await audit({ action: "announcement.remove", entityType: "Announcement", entityId: before.id, before });
    return before;
  });
  if (removed.publishedAt) await invalidatePublicSite();
  return removed;
}
