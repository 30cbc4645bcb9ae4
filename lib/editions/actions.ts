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
  addCategory,
  addGroup,
  addSection,
  createEdition,
  moveCategory,
  moveSection,
  removeAttachmentRequirement,
  removeCategory,
  removeGroup,
  removeSection,
  setQuota,
  updateAttachmentRequirement,
  updateCategory,
  updateEdition,
  updateGroup,
  updateSection,
} from "./service";

// Edition setup is the secretariat's alone ("edition:manage" is admin-only and has no unit scope), so the
// role-level check in defineAction is the whole check.

export const createEditionAction = defineAction({
  name: "editions.create",
  schema: createEditionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await createEdition(actor!.id, input);
    return okWith(r, `Edisi ${r.year} dibuat sebagai draf.`);
  },
});

export const updateEditionAction = defineAction({
  name: "editions.update",
  schema: updateEditionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => okWith(await updateEdition(actor!.id, input), "Pengaturan umum dan jadwal disimpan."),
});

export const updateGroupAction = defineAction({
  name: "editions.group.update",
  schema: updateGroupSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const g = await updateGroup(actor!.id, input);
    return okWith({ id: g.id }, `${g.name} disimpan.`);
  },
});

export const addGroupAction = defineAction({
  name: "editions.group.add",
  schema: addGroupSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const g = await addGroup(actor!.id, input);
    return okWith({ id: g.id }, `${g.name} ditambahkan.`);
  },
});

export const removeGroupAction = defineAction({
  name: "editions.group.remove",
  schema: removeGroupSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeGroup(actor!.id, input.groupId);
    return okWith(r, `${r.name} dihapus dari edisi ini.`);
  },
});

export const addCategoryAction = defineAction({
  name: "editions.category.add",
  schema: addCategorySchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const c = await addCategory(actor!.id, input);
    return okWith({ id: c.id }, `Kategori "${c.name}" ditambahkan.`);
  },
});

export const updateCategoryAction = defineAction({
  name: "editions.category.update",
  schema: updateCategorySchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const c = await updateCategory(actor!.id, input);
    return okWith({ id: c.id }, `Kategori "${c.name}" disimpan.`);
  },
});

export const moveCategoryAction = defineAction({
  name: "editions.category.move",
  schema: moveSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => moveCategory(actor!.id, input),
});

export const removeCategoryAction = defineAction({
  name: "editions.category.remove",
  schema: removeByIdSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeCategory(actor!.id, input.id);
    return okWith(r, `Kategori "${r.name}" dihapus.`);
  },
});

export const setQuotaAction = defineAction({
  name: "editions.quota.set",
  schema: setQuotaSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await setQuota(actor!.id, input);
    return okWith(
      r,
      r.override === null ? `Kuota ${r.name} kembali ke bawaan (${r.effective}).` : `Kuota ${r.name} menjadi ${r.effective}.`,
    );
  },
});

export const addSectionAction = defineAction({
  name: "editions.section.add",
  schema: addSectionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const s = await addSection(actor!.id, input);
    return okWith({ id: s.id, key: s.key }, `Bagian "${s.title}" ditambahkan.`);
  },
});

export const updateSectionAction = defineAction({
  name: "editions.section.update",
  schema: updateSectionSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const s = await updateSection(actor!.id, input);
    return okWith({ id: s.id }, `Bagian "${s.title}" disimpan.`);
  },
});

export const moveSectionAction = defineAction({
  name: "editions.section.move",
  schema: moveSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => moveSection(actor!.id, input),
});

export const removeSectionAction = defineAction({
  name: "editions.section.remove",
  schema: removeByIdSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeSection(actor!.id, input.id);
    return okWith(
      r,
      r.archived
        ? `Bagian "${r.title}" diarsipkan: tidak tampil lagi di formulir, tetapi ${r.answers} jawaban yang sudah ada tetap tersimpan.`
        : `Bagian "${r.title}" dihapus.`,
    );
  },
});

export const addAttachmentRequirementAction = defineAction({
  name: "editions.attachment.add",
  schema: addAttachmentSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const a = await addAttachmentRequirement(actor!.id, input);
    return okWith({ id: a.id }, `Lampiran "${a.label}" ditambahkan.`);
  },
});

export const updateAttachmentRequirementAction = defineAction({
  name: "editions.attachment.update",
  schema: updateAttachmentSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const a = await updateAttachmentRequirement(actor!.id, input);
    return okWith({ id: a.id }, `Lampiran "${a.label}" disimpan.`);
  },
});

export const removeAttachmentRequirementAction = defineAction({
  name: "editions.attachment.remove",
  schema: removeByIdSchema,
  permission: "edition:manage",
  handler: async ({ actor, input }) => {
    const r = await removeAttachmentRequirement(actor!.id, input.id);
    return okWith(r, `Ketentuan lampiran "${r.label}" dihapus.`);
  },
});
