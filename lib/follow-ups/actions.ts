"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { reportFollowUp } from "./follow-ups";
import { reportFollowUpSchema } from "./schemas";

// Role-level gate: a unit user; the service then requires "follow-up:report" on the innovation's own unit.
export const reportFollowUpAction = defineAction({
  name: "follow-ups.report",
  schema: reportFollowUpSchema,
  permission: "follow-up:report-own",
  handler: async ({ actor, input }) => {
    await reportFollowUp(actor, input);
    return okWith(null, "Laporan tindak lanjut terkirim. Terima kasih.");
  },
});
