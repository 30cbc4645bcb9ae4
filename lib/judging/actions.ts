"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { appointJudge, inviteJudge, removeAppointment, updateAppointment } from "./appointments";
import { declareConflict, signDeclaration } from "./declarations";
import { enrolRoundEntries } from "./entries";
import { addRound, closeRound, moveRound, openRound, removeRound, updateRound } from "./rounds";
import { saveRubric } from "./rubrics";
import {
  addRoundSchema,
  appointJudgeSchema,
  appointmentIdSchema,
  declareConflictSchema,
  inviteJudgeSchema,
  moveRoundSchema,
  roundIdSchema,
  saveRubricSchema,
  signDeclarationSchema,
  updateAppointmentSchema,
  updateRoundSchema,
} from "./schemas";

// Rounds, rubrics and judges are the secretariat's ("judging:manage", admin-only, no unit scope): the
// role-level check is the whole check. The judge's actions ("judging:declare") are scoped in the service
// to the actor's own appointment.

export const addRoundAction = defineAction({
  name: "judging.add-round",
  schema: addRoundSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await addRound(actor, input);
    return okWith(
      r,
      r.criteria ? `${r.name} ditambahkan dengan ${r.criteria} kriteria.` : `${r.name} ditambahkan. Susun rubriknya.`,
    );
  },
});

export const updateRoundAction = defineAction({
  name: "judging.update-round",
  schema: updateRoundSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => okWith(await updateRound(actor, input), "Pengaturan babak disimpan."),
});

export const moveRoundAction = defineAction({
  name: "judging.move-round",
  schema: moveRoundSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => moveRound(actor, input),
});

export const removeRoundAction = defineAction({
  name: "judging.remove-round",
  schema: roundIdSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await removeRound(actor, input);
    return okWith(r, `${r.name} dihapus.`);
  },
});

export const openRoundAction = defineAction({
  name: "judging.open-round",
  schema: roundIdSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await openRound(actor, input);
    return okWith(r, `${r.name} dibuka. Rubriknya kini dibekukan.`);
  },
});

export const closeRoundAction = defineAction({
  name: "judging.close-round",
  schema: roundIdSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await closeRound(actor, input);
    return okWith(r, `${r.name} ditutup.`);
  },
});

export const saveRubricAction = defineAction({
  name: "judging.save-rubric",
  schema: saveRubricSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await saveRubric(actor, input);
    return okWith(r, `Rubrik disimpan: ${r.criteria} kriteria, jumlah bobot 100 %.`);
  },
});

export const appointJudgeAction = defineAction({
  name: "judging.appoint-judge",
  schema: appointJudgeSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await appointJudge(actor, input);
    return okWith(r, `${r.name} diangkat sebagai juri babak ini dan diberi tahu lewat email.`);
  },
});

export const inviteJudgeAction = defineAction({
  name: "judging.invite-judge",
  schema: inviteJudgeSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await inviteJudge(actor, input);
    return okWith(r, `Undangan dikirim ke ${r.email}; ${r.name} sudah diangkat sebagai juri babak ini.`);
  },
});

export const updateAppointmentAction = defineAction({
  name: "judging.update-appointment",
  schema: updateAppointmentSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await updateAppointment(actor, input);
    return okWith(r, `Batas beban dan keahlian ${r.name} disimpan.`);
  },
});

export const removeAppointmentAction = defineAction({
  name: "judging.remove-appointment",
  schema: appointmentIdSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await removeAppointment(actor, input);
    return okWith(r, `${r.name} tidak lagi menjadi juri babak ini.`);
  },
});

export const signDeclarationAction = defineAction({
  name: "judging.sign-declaration",
  schema: signDeclarationSchema,
  permission: "judging:declare",
  handler: async ({ actor, input }) => {
    const r = await signDeclaration(actor, input);
    return okWith(
      r,
      r.alreadySigned
        ? "Pernyataan sudah ditandatangani sebelumnya."
        : "Pernyataan bebas konflik kepentingan ditandatangani.",
    );
  },
});

export const declareConflictAction = defineAction({
  name: "judging.declare-conflict",
  schema: declareConflictSchema,
  permission: "judging:declare",
  handler: async ({ actor, input }) => {
    const r = await declareConflict(actor, input);
    const tail = r.withdrawn
      ? ` ${r.withdrawn} usulan dikeluarkan dari daftar Anda dan akan dialihkan ke juri lain.`
      : "";
    return okWith(r, `Konflik kepentingan dengan ${r.what} dicatat.${tail}`);
  },
});

export const enrolEntriesAction = defineAction({
  name: "judging.enrol-entries",
  schema: roundIdSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await enrolRoundEntries(actor, input);
    return okWith(r, `${r.added} usulan dimasukkan ke ${r.name}. Lanjutkan dengan penugasan juri.`);
  },
});
