"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import {
  createProposalSchema,
  deleteAttachmentSchema,
  deleteDraftSchema,
  innovationSearchSchema,
  saveAnswerSchema,
  saveFactsSchema,
} from "./schemas";
import { saveAnswer } from "./answers";
import { deleteDraft } from "./deletion";
import { deleteAttachment } from "./attachments";
import { createProposal } from "./create";
import { saveFacts, searchInnovations } from "./facts";

// Each handler loads the proposal (or unit) first and authorises against its real unit in the service;
// the permission below is only the role-level gate.

export const createProposalAction = defineAction({
  name: "proposals.create",
  schema: createProposalSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => {
    const p = await createProposal(actor, input);
    return okWith(p, "Usulan dibuat. Isian tersimpan otomatis saat Anda mengetik.");
  },
});

/** Autosave of one section. A conflict is an ordinary answer (saved: false), not an error. */
export const saveAnswerAction = defineAction({
  name: "proposals.save-answer",
  schema: saveAnswerSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => saveAnswer(actor, input),
});

/** Autosave of the facts block (title, dates, group, innovators…). */
export const saveFactsAction = defineAction({
  name: "proposals.save-facts",
  schema: saveFactsSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => saveFacts(actor, input),
});

export const deleteAttachmentAction = defineAction({
  name: "proposals.delete-attachment",
  schema: deleteAttachmentSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => {
    const a = await deleteAttachment(actor, input);
    return okWith({ id: a.id }, `Lampiran "${a.fileName}" dihapus.`);
  },
});

/** Throws away a draft that was never sent (see lib/proposals/deletion.ts). */
export const deleteDraftAction = defineAction({
  name: "proposals.delete-draft",
  schema: deleteDraftSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => {
    const { title } = await deleteDraft(actor, input);
    return okWith({ ok: true }, `Draf "${title}" dihapus.`);
  },
});

export const searchInnovationsAction = defineAction({
  name: "proposals.search-innovations",
  schema: innovationSearchSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => searchInnovations(actor, input),
});
