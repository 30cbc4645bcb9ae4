"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { nominate, recordOutcome, withdrawNomination } from "./nominations";
import { STAGE_LABEL } from "./rules";
import { nominateSchema, recordOutcomeSchema, withdrawNominationSchema } from "./schemas";

// Nominating to KIPP is the secretariat's alone ("nomination:manage" is admin-only).

export const nominateAction = defineAction({
  name: "nominations.nominate",
  schema: nominateSchema,
  permission: "nomination:manage",
  handler: async ({ actor, input }) => {
    const n = await nominate(actor, input);
    return okWith({ id: n.id }, "Usulan dinominasikan ke KIPP. Unduh berkasnya untuk diunggah ke SiNoVik.");
  },
});

export const withdrawNominationAction = defineAction({
  name: "nominations.withdraw",
  schema: withdrawNominationSchema,
  permission: "nomination:manage",
  handler: async ({ actor, input }) => {
    await withdrawNomination(actor, input);
    return okWith(null, "Nominasi ditarik.");
  },
});

export const recordOutcomeAction = defineAction({
  name: "nominations.record-outcome",
  schema: recordOutcomeSchema,
  permission: "nomination:manage",
  handler: async ({ actor, input }) => {
    const o = await recordOutcome(actor, input);
    return okWith({ id: o.id }, `Tahap "${STAGE_LABEL[o.stage]}" dicatat.`);
  },
});
