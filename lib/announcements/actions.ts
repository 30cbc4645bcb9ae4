"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { removeAnnouncement, saveAnnouncement, setAnnouncementPublished } from "./announcements";
import { removeAnnouncementSchema, saveAnnouncementSchema, setAnnouncementPublishedSchema } from "./schemas";

// Announcements are the secretariat's alone ("announcement:manage" is admin-only, no unit scope).

export const saveAnnouncementAction = defineAction({
  name: "announcements.save",
  schema: saveAnnouncementSchema,
  permission: "announcement:manage",
  handler: async ({ actor, input }) => {
    const r = await saveAnnouncement(actor, input);
    return okWith(
      { id: r.id },
      r.publishedAt ? "Pengumuman disimpan; halaman publik diperbarui." : "Draf pengumuman disimpan.",
    );
  },
});

export const setAnnouncementPublishedAction = defineAction({
  name: "announcements.set-published",
  schema: setAnnouncementPublishedSchema,
  permission: "announcement:manage",
  handler: async ({ actor, input }) => {
    await setAnnouncementPublished(actor, input);
    return okWith(null, input.publish ? "Pengumuman diterbitkan." : "Pengumuman ditarik dari halaman publik.");
  },
});

export const removeAnnouncementAction = defineAction({
  name: "announcements.remove",
  schema: removeAnnouncementSchema,
  permission: "announcement:manage",
  handler: async ({ actor, input }) => {
    await removeAnnouncement(actor, input);
    return okWith(null, "Pengumuman dihapus.");
  },
});
