"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { deliverSoon } from "@/lib/notifications/deliver";
import { remindJudges } from "./progress";
import { remindJudgesSchema } from "./progress-schemas";

export const remindJudgesAction = defineAction({
  name: "judging.remind-judges",
  schema: remindJudgesSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await remindJudges(actor, input);
    deliverSoon();
    return okWith(r, `Pengingat dikirim ke ${r.judges} juri (${r.sheets} lembar nilai belum dikirim).`);
  },
});
