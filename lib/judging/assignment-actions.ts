"use server";
import { defineAction, okWith } from "@/lib/actions/action";
import { deliverSoon } from "@/lib/notifications/deliver";
import {
  addAssignmentSchema,
  addConflictSchema,
  commitAssignmentSchema,
  liftConflictSchema,
  releaseJudgeSchema,
  removeAssignmentSchema,
} from "./assignment-schemas";
import { addAssignment, commitAssignment, releaseJudge, removeAssignment } from "./assignments";
import { addConflict, liftConflict } from "./conflicts";

// Conflicts and assignments of a round (the secretariat's). Each service loads the round itself and refuses
// a closed one; mail to judges goes through the outbox and is sent after the response.

const fmt = new Intl.NumberFormat("id-ID");

export const addConflictAction = defineAction({
  name: "judging.add-conflict",
  schema: addConflictSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await addConflict(actor, input);
    const withdrawn = r.withdrawn ? ` ${fmt.format(r.withdrawn)} penugasan dicabut.` : "";
    return okWith(r, `Konflik ${r.judgeName} dengan ${r.what} dicatat.${withdrawn}`);
  },
});

export const liftConflictAction = defineAction({
  name: "judging.lift-conflict",
  schema: liftConflictSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    await liftConflict(actor, input);
    return okWith(null, "Konflik dicabut. Penugasan yang dulu dicabut tidak kembali sendiri; tambahkan bila perlu.");
  },
});

export const commitAssignmentAction = defineAction({
  name: "judging.commit-assignment",
  schema: commitAssignmentSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await commitAssignment(actor, input);
    deliverSoon();
    const short = r.uncovered.length ? ` ${fmt.format(r.uncovered.length)} usulan masih kurang juri.` : "";
    return okWith(
      { created: r.newCount },
      `${fmt.format(r.newCount)} penugasan disimpan dan juri diberi tahu.${short}`,
    );
  },
});

export const addAssignmentAction = defineAction({
  name: "judging.add-assignment",
  schema: addAssignmentSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await addAssignment(actor, input);
    deliverSoon();
    return okWith(null, `${r.judgeName} ditugaskan menilai "${r.title}".`);
  },
});

export const removeAssignmentAction = defineAction({
  name: "judging.remove-assignment",
  schema: removeAssignmentSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await removeAssignment(actor, input);
    const sheet = r.hadSubmittedSheet ? " Lembar nilainya disimpan tetapi tidak lagi dihitung." : "";
    return okWith(null, `Penugasan ${r.judgeName} dicabut.${sheet}`);
  },
});

export const releaseJudgeAction = defineAction({
  name: "judging.release-judge",
  schema: releaseJudgeSchema,
  permission: "judging:manage",
  handler: async ({ actor, input }) => {
    const r = await releaseJudge(actor, input);
    deliverSoon();
    const short = r.uncovered.length ? ` ${fmt.format(r.uncovered.length)} usulan masih kurang juri.` : "";
    return okWith(
      { released: r.released, reassigned: r.reassigned },
      `${r.judgeName} tidak lagi menerima usulan. ${fmt.format(r.released)} penugasan terbuka dicabut, ${fmt.format(r.reassigned)} penugasan baru dibuat.${short}`,
    );
  },
});
