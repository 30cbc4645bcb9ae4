// Inputs of the secretariat's progress screen (shared by its buttons and the server action).
import { z } from "zod";

const id = z.string().trim().min(1).max(64);

/** Remind every judge who still owes a sheet in the round, or one judge (`judgeId`). */
export const remindJudgesSchema = z.object({ roundId: id, judgeId: id.optional() });
export type RemindJudgesInput = z.infer<typeof remindJudgesSchema>;
