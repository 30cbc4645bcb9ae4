"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import {
  addAttachmentSchema,
  addCategorySchema,
  addGroupSchema,
  addSectionSchema,
  createEditionSchema,
  moveSchema,
  removeByIdSchema,
  removeGroupSchema,
  setQuotaSchema,
  updateAttachmentSchema,
  updateCategorySchema,
  updateEditionSchema,
  updateGroupSchema,
  updateSectionSchema,
} from "./schemas";
import {
  addAttachmentRequirement,
  removeAttachmentRequirement,
  updateAttachmentRequirement,
} from "./attachment-requirements";
import { addCategory, moveCategory, removeCategory, updateCategory } from "./categories";
import { createEdition, updateEdition } from "./edition";
import { addSection, moveSection, removeSection, updateSection } from "./form-sections";
import { addGroup, removeGroup, updateGroup } from "./groups";
import { setQuota } from "./quotas";

// Edition setup is the secretariat's alone ("edition:manage" is admin-only and has no unit scope), so the
// role-level check in defineAction is the whole check.

export const createEditionAction = defineAction({
  name: "editions.create",
  schema: createEditionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await createEdition(actor, input);
    return okWith(r, `Edisi ${r.year} dibuat sebagai draf.`);
  },
});

export const updateEditionAction = defineAction({
  name: "editions.update",
  schema: updateEditionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) =>
    okWith(await updateEdition(actor, input), "Pengaturan umum dan jadwal disimpan."),
});

export const updateGroupAction = defineAction({
  name: "editions.update-group",
  schema: updateGroupSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const g = await updateGroup(actor, input);
    return okWith({ id: g.id }, `${g.name} disimpan.`);
  },
});

export const addGroupAction = defineAction({
  name: "editions.add-group",
  schema: addGroupSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const g = await addGroup(actor, input);
    return okWith({ id: g.id }, `${g.name} ditambahkan.`);
  },
});

export const removeGroupAction = defineAction({
  name: "editions.remove-group",
  schema: removeGroupSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeGroup(actor, input);
    return okWith(r, `${r.name} dihapus dari edisi ini.`);
  },
});

export const addCategoryAction = defineAction({
  name: "editions.add-category",
  schema: addCategorySchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const c = await addCategory(actor, input);
    return okWith({ id: c.id }, `Kategori "${c.name}" ditambahkan.`);
  },
});

export const updateCategoryAction = defineAction({
  name: "editions.update-category",
  schema: updateCategorySchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const c = await updateCategory(actor, input);
    return okWith({ id: c.id }, `Kategori "${c.name}" disimpan.`);
  },
});

export const moveCategoryAction = defineAction({
  name: "editions.move-category",
  schema: moveSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => moveCategory(actor, input),
});

export const removeCategoryAction = defineAction({
  name: "editions.remove-category",
  schema: removeByIdSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeCategory(actor, input);
    return okWith(r, `Kategori "${r.name}" dihapus.`);
  },
});

export const setQuotaAction = defineAction({
  name: "editions.set-quota",
  schema: setQuotaSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await setQuota(actor, input);
    return okWith(
      r,
      r.override === null
        ? `Kuota ${r.name} kembali ke bawaan (${r.effective}).`
        : `Kuota ${r.name} menjadi ${r.effective}.`,
    );
  },
});

export const addSectionAction = defineAction({
  name: "editions.add-section",
  schema: addSectionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const s = await addSection(actor, input);
    return okWith({ id: s.id, key: s.key }, `Bagian "${s.title}" ditambahkan.`);
  },
});

export const updateSectionAction = defineAction({
  name: "editions.update-section",
  schema: updateSectionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const s = await updateSection(actor, input);
    return okWith({ id: s.id }, `Bagian "${s.title}" disimpan.`);
  },
});

export const moveSectionAction = defineAction({
  name: "editions.move-section",
  schema: moveSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => moveSection(actor, input),
});

export const removeSectionAction = defineAction({
  name: "editions.remove-section",
  schema: removeByIdSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeSection(actor, input);
    return okWith(
      r,
      r.archived
        ? `Bagian "${r.title}" diarsipkan: tidak tampil lagi di formulir, tetapi ${r.answers} jawaban yang sudah ada tetap tersimpan.`
        : `Bagian "${r.title}" dihapus.`,
    );
  },
});

export const addAttachmentRequirementAction = defineAction({
  name: "editions.add-attachment-requirement",
  schema: addAttachmentSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const a = await addAttachmentRequirement(actor, input);
    return okWith({ id: a.id }, `Lampiran "${a.label}" ditambahkan.`);
  },
});

export const updateAttachmentRequirementAction = defineAction({
  name: "editions.update-attachment-requirement",
  schema: updateAttachmentSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const a = await updateAttachmentRequirement(actor, input);
    return okWith({ id: a.id }, `Lampiran "${a.label}" disimpan.`);
  },
});

export const removeAttachmentRequirementAction = defineAction({
  name: "editions.remove-attachment-requirement",
  schema: removeByIdSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeAttachmentRequirement(actor, input);
    return okWith(r, `Ketentuan lampiran "${r.label}" dihapus.`);
  },
});
