"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { deliverSoon } from "@/lib/notifications/deliver";
import { addPanel, removePanel, saveScheduleSettings, updatePanel } from "./presentation";
import {
  addPanelSchema,
  moveEntrySchema,
  removePanelSchema,
  removeSiteVisitSchema,
  roundOnlySchema,
  scheduleSettingsSchema,
  siteVisitSchema,
  updatePanelSchema,
} from "./schemas";
import { removeSiteVisit, saveSiteVisit } from "./site-visits";
import { clearSlots, fillSlots, moveEntry, publishSchedule, regenerateSlots, unpublishSchedule } from "./slots";

// A round's schedule (the secretariat's): presentation settings, panels, filling, moving, site visits, and
// publishing to the units. Each service locks the round and refuses a closed one or one of the wrong kind.

const fmt = new Intl.NumberFormat("id-ID");

export const saveScheduleSettingsAction = defineAction({
  name: "schedules.save-settings",
  schema: scheduleSettingsSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    await saveScheduleSettings(actor, input);
    return okWith(null, "Pengaturan slot disimpan.");
  },
});

export const addPanelAction = defineAction({
  name: "schedules.add-panel",
  schema: addPanelSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const panel = await addPanel(actor, input);
    return okWith(null, `${panel.name} ditambahkan.`);
  },
});

export const updatePanelAction = defineAction({
  name: "schedules.update-panel",
  schema: updatePanelSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const panel = await updatePanel(actor, input);
    return okWith(null, `${panel.name} disimpan.`);
  },
});

export const removePanelAction = defineAction({
  name: "schedules.remove-panel",
  schema: removePanelSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const panel = await removePanel(actor, input);
    return okWith(null, `${panel.name} dihapus.`);
  },
});

export const fillScheduleAction = defineAction({
  name: "schedules.fill",
  schema: roundOnlySchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await fillSlots(actor, input);
    const left = r.unplaced.length
      ? ` ${fmt.format(r.unplaced.length)} usulan belum mendapat slot; alasannya tercantum.`
      : "";
    return okWith(r, `${fmt.format(r.placed)} usulan dijadwalkan.${left}`);
  },
});

export const regenerateScheduleAction = defineAction({
  name: "schedules.regenerate",
  schema: roundOnlySchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await regenerateSlots(actor, input);
    const left = r.unplaced.length
      ? ` ${fmt.format(r.unplaced.length)} usulan belum mendapat slot; alasannya tercantum.`
      : "";
    return okWith(r, `Jadwal disusun ulang: ${fmt.format(r.placed)} usulan dijadwalkan.${left}`);
  },
});

export const clearScheduleAction = defineAction({
  name: "schedules.clear",
  schema: roundOnlySchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await clearSlots(actor, input);
    return okWith(null, `Jadwal dikosongkan (${fmt.format(r.cleared)} slot dilepas).`);
  },
});

export const moveEntryAction = defineAction({
  name: "schedules.move-entry",
  schema: moveEntrySchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await moveEntry(actor, input);
    const swap = r.swapped ? ` Bertukar dengan "${r.swapped}".` : "";
    return okWith(null, `"${r.title}" dipindahkan ke ${r.where}.${swap}`);
  },
});

export const publishScheduleAction = defineAction({
  name: "schedules.publish",
  schema: roundOnlySchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await publishSchedule(actor, input);
    deliverSoon();
    return okWith(
      null,
      `Jadwal diumumkan; unit dari ${fmt.format(r.entries)} usulan kini dapat melihatnya (${fmt.format(r.mailed)} e-mail pemberitahuan).`,
    );
  },
});

export const unpublishScheduleAction = defineAction({
  name: "schedules.unpublish",
  schema: roundOnlySchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    await unpublishSchedule(actor, input);
    return okWith(null, "Pengumuman jadwal ditarik; unit tidak lagi melihatnya.");
  },
});

export const saveSiteVisitAction = defineAction({
  name: "schedules.save-site-visit",
  schema: siteVisitSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await saveSiteVisit(actor, input);
    return okWith(null, `Kunjungan ke "${r.title}" disimpan.`);
  },
});

export const removeSiteVisitAction = defineAction({
  name: "schedules.remove-site-visit",
  schema: removeSiteVisitSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await removeSiteVisit(actor, input);
    return okWith(null, `Kunjungan ke "${r.title}" dihapus.`);
  },
});
