"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { reopenSheetSchema, saveScoresSchema, submitSheetSchema } from "./score-schemas";
import { reopenSheet, saveScores, submitSheet } from "./scores";
import { formatTotal } from "./weighted-total";

// The judge's score sheet. The permission is the role-level gate; each service then loads the judge's own
// assignment of the entry (lib/judging/score-access.ts) and checks the round, declaration and conflicts.

/** Autosave of a draft sheet. A conflict is an ordinary answer (saved: false), not an error. */
export const saveScoresAction = defineAction({
  name: "judging.save-scores",
  schema: saveScoresSchema,
  permission: "score:write",
  handler: async ({ actor, input }) => saveScores(actor, input),
});

export const submitSheetAction = defineAction({
  name: "judging.submit-sheet",
  schema: submitSheetSchema,
  permission: "score:write",
  handler: async ({ actor, input }) => {
    const r = await submitSheet(actor, input);
    return okWith(r, `Lembar nilai terkirim dan terkunci. Nilai total: ${formatTotal(r.weightedTotal)}.`);
  },
});

export const reopenSheetAction = defineAction({
  name: "judging.reopen-sheet",
  schema: reopenSheetSchema,
  // The secretariat's: reopening a submitted sheet with a reason, before the round closes.
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await reopenSheet(actor, input);
    return okWith(r, `Lembar nilai dibuka kembali; ${r.judgeName} diberi tahu lewat surel.`);
  },
});
