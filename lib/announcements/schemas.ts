import { z } from "zod";

// Announcements (pengumuman): written by the secretariat, public once published (lib/public-site/queries.ts).

export const saveAnnouncementSchema = z.object({
  /** Empty for a new announcement. */
  id: z.string().max(64),
  title: z.string().trim().min(5, "Judul minimal 5 karakter.").max(200, "Judul maksimal 200 karakter."),
  body: z.string().trim().min(10, "Isi pengumuman minimal 10 karakter.").max(10000, "Isi maksimal 10.000 karakter."),
  /** The edition it belongs to ("2027"), or empty for a general announcement. */
  editionYear: z.string().regex(/^(\d{4})?$/, "Pilih edisi."),
});
export type SaveAnnouncementInput = z.infer<typeof saveAnnouncementSchema>;

export const setAnnouncementPublishedSchema = z.object({ id: z.string().min(1).max(64), publish: z.boolean() });
export const removeAnnouncementSchema = z.object({ id: z.string().min(1).max(64) });
