"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { formatDateTimeWIB } from "@/lib/format/date";
import { publishWinners } from "./confirmation";
import { addAward, assembleDraft, removeAward, startCorrection } from "./drafts";
import { announceFinalists, decideObjection, lodgeObjection } from "./objections";
import {
  OBJECTION_DECISION_LABEL,
  addAwardSchema,
  announceFinalistsSchema,
  assembleSchema,
  decideObjectionSchema,
  lodgeObjectionSchema,
  publishWinnersSchema,
  removeAwardSchema,
  startCorrectionSchema,
} from "./schemas";

// The results actions (issue 12). "result:manage" is admin-only with no unit scope, so the role-level check is
// the whole check; lodging an objection is role-level here and scoped by the service (the objector's own unit).
// Confirming a version takes the minutes PDF, so it is a route handler (app/api/admin/hasil/[resultId]/konfirmasi).

export const assembleDraftAction = defineAction({
  name: "results.assemble-draft",
  schema: assembleSchema,
  permission: "result:manage",
  handler: async ({ actor, input }) => {
    const r = await assembleDraft(actor, input);
    return okWith(r, `Draf hasil versi ${r.version} disusun: ${r.lines} usulan, ${r.topN} masuk Top N.`);
  },
});

export const addAwardAction = defineAction({
  name: "results.add-award",
  schema: addAwardSchema,
  permission: "result:manage",
  handler: async ({ actor, input }) => {
    const r = await addAward(actor, input);
    return okWith(r, `Penghargaan "${r.name}" diberikan kepada "${r.title}".`);
  },
});

export const removeAwardAction = defineAction({
  name: "results.remove-award",
  schema: removeAwardSchema,
  permission: "result:manage",
  handler: async ({ actor, input }) => okWith(await removeAward(actor, input), "Penghargaan dihapus dari draf."),
});

export const startCorrectionAction = defineAction({
  name: "results.start-correction",
  schema: startCorrectionSchema,
  permission: "result:manage",
  handler: async ({ actor, input }) => {
    const r = await startCorrection(actor, input);
    return okWith(r, `Koreksi dibuka sebagai versi ${r.version}. Versi sebelumnya tetap tersimpan di riwayat.`);
  },
});

export const announceFinalistsAction = defineAction({
  name: "results.announce-finalists",
  schema: announceFinalistsSchema,
  permission: "result:manage",
  handler: async ({ actor, input }) => {
    const r = await announceFinalists(actor, input);
    return okWith(r, `${r.finalists} finalis diumumkan. Masa sanggah sampai ${formatDateTimeWIB(r.closesAt)}.`);
  },
});

export const publishWinnersAction = defineAction({
  name: "results.publish-winners",
  schema: publishWinnersSchema,
  permission: "result:manage",
  handler: async ({ actor, input }) => {
    const r = await publishWinners(actor, input);
    return okWith(r, `Pemenang hasil versi ${r.version} diumumkan di situs publik.`);
  },
});

export const decideObjectionAction = defineAction({
  name: "results.decide-objection",
  schema: decideObjectionSchema,
  permission: "result:manage",
  handler: async ({ actor, input }) => {
    const r = await decideObjection(actor, input);
    return okWith(r, `Sanggahan terhadap "${r.title}" ${OBJECTION_DECISION_LABEL[r.decision].toLowerCase()}.`);
  },
});

export const lodgeObjectionAction = defineAction({
  name: "results.lodge-objection",
  schema: lodgeObjectionSchema,
  permission: "objection:lodge",
  handler: async ({ actor, input }) => {
    const r = await lodgeObjection(actor, input);
    return okWith(r, `Sanggahan terhadap "${r.title}" tercatat.`);
  },
});
