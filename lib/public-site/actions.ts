"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { updatePublicEntry, updatePublicSettings } from "./publication-settings";
import { publicEntrySchema, publicSettingsSchema } from "./schemas";

// The public site's settings are the secretariat's alone ("public-site:manage" is admin-only, no unit scope).

export const updatePublicSettingsAction = defineAction({
  name: "public-site.update-settings",
  schema: publicSettingsSchema,
  permission: "public-site:manage",
  handler: async ({ actor, input }) => {
    await updatePublicSettings(actor, input);
    return okWith(null, "Pengaturan halaman publik disimpan.");
  },
});

export const updatePublicEntryAction = defineAction({
  name: "public-site.update-entry",
  schema: publicEntrySchema,
  permission: "public-site:manage",
  handler: async ({ actor, input }) => {
    const r = await updatePublicEntry(actor, input);
    return okWith(
      null,
      r.publicHidden ? "Disimpan; usulan ini disembunyikan dari publik." : "Ringkasan publik disimpan.",
    );
  },
});
