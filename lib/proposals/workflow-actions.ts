"use server";
import { z } from "zod";
import { defineAction, okWith } from "@/lib/actions/action";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { deliverSoon } from "@/lib/notifications/deliver";
import { enqueueDeadlineReminders } from "@/lib/notifications/reminders";
import { formatDeadlineWIB } from "@/lib/format/date";
import { commentedStepSchema, grantExtensionSchema, proposalStepSchema } from "./workflow-schemas";
import { handOffReadiness } from "./readiness";
import { grantExtension, transition } from "./workflow";

// The submission steps. Each names only a role-level gate here; the service resolves the actor's role on the
// proposal's own unit and lets the lifecycle rules decide.

export const sendToUnitAdminAction = defineAction({
  name: "proposals.send-to-unit-admin",
  schema: proposalStepSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => {
    const r = await transition(actor, input, "sendToUnitAdmin");
    return okWith(r, "Usulan dikirim ke admin lokal untuk diperiksa.");
  },
});

export const returnToUnitAction = defineAction({
  name: "proposals.return-to-unit",
  schema: commentedStepSchema,
  permission: "proposal:review-queue",
  handler: async ({ actor, input }) => {
    const r = await transition(actor, input, "returnToUnit");
    return okWith(r, "Usulan dikembalikan ke unit beserta catatan Anda.");
  },
});

export const submitToProvinceAction = defineAction({
  name: "proposals.submit-to-province",
  schema: proposalStepSchema,
  permission: "proposal:review-queue",
  handler: async ({ actor, input }) => {
    const r = await transition(actor, input, "submitToProvince");
    return okWith(r, "Usulan dikirim ke provinsi.");
  },
});

export const resubmitAction = defineAction({
  name: "proposals.resubmit",
  schema: proposalStepSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) => {
    const r = await transition(actor, input, "resubmit");
    return okWith(r, "Perbaikan dikirim ulang ke provinsi.");
  },
});

export const withdrawAction = defineAction({
  name: "proposals.withdraw",
  schema: commentedStepSchema,
  permission: "proposal:review-queue",
  handler: async ({ actor, input }) => {
    const r = await transition(actor, input, "withdraw");
    return okWith(r, "Usulan ditarik dari edisi ini.");
  },
});

export const grantExtensionAction = defineAction({
  name: "proposals.grant-extension",
  schema: grantExtensionSchema,
  permission: "proposal:extend",
  handler: async ({ actor, input }) => {
    const r = await grantExtension(actor, input);
    return okWith({ until: r.until.toISOString() }, `Perpanjangan diberikan sampai ${formatDeadlineWIB(r.until)}.`);
  },
});

export const sendRemindersAction = defineAction({
  name: "proposals.send-reminders",
  schema: z.object({}),
  permission: "proposal:remind",
  handler: async ({ actor }) => {
    const r = await enqueueDeadlineReminders(prisma, { actorId: actor.id });
    if (r.status === "no-edition") throw new DomainError("CONFLICT", "Belum ada edisi dengan batas pendaftaran.");
    if (r.status === "closed") throw new DomainError("DEADLINE", "Pendaftaran sudah ditutup; pengingat tidak dikirim.");
    if (r.status === "too-early") return okWith({ unitAdmins: 0, operators: 0 }, "Belum waktunya mengirim pengingat.");
    deliverSoon();
    const sent = r.unitAdmins + r.operators;
    const skipped = r.alreadyRemindedToday
      ? ` ${r.alreadyRemindedToday} penerima sudah diingatkan hari ini dan dilewati.`
      : "";
    return okWith(
      { unitAdmins: r.unitAdmins, operators: r.operators },
      sent
        ? `Pengingat diantrekan untuk ${r.unitAdmins} admin lokal dan ${r.operators} operator.${skipped}`
        : `Tidak ada pengingat baru yang perlu dikirim.${skipped}`,
    );
  },
});

// Read-only: what the send/submit dialogs list. Gated like reading the proposal (the service checks its unit).
export const checkHandOffAction = defineAction({
  name: "proposals.check-hand-off",
  schema: proposalStepSchema,
  permission: "proposal:draft",
  handler: async ({ actor, input }) =>
    okWith(await handOffReadiness(actor, input.proposalId), "Kelengkapan usulan diperiksa."),
});
