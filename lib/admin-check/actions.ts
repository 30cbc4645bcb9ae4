"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { formatDeadlineWIB } from "@/lib/format/date";
import { wibInputToDate } from "@/lib/format/wib-input";
import { decideCheckSchema } from "./schemas";
import { decideCheck } from "./service";

export const decideCheckAction = defineAction({
  name: "admin-check.decide",
  schema: decideCheckSchema,
  permission: "proposal:check",
  handler: async ({ actor, input }) => {
    const r = await decideCheck(actor, input);
    const message =
      input.outcome === "PASS"
        ? "Usulan dinyatakan lolos seleksi administrasi."
        : input.outcome === "FAIL"
          ? "Usulan dinyatakan tidak lolos; unit diberi tahu alasannya."
          : `Usulan dikembalikan untuk perbaikan sampai ${formatDeadlineWIB(wibInputToDate(input.correctionDeadline))}.`;
    return okWith(r, message);
  },
});
