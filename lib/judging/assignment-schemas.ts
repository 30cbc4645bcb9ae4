// Inputs of the conflicts and assignment screens of a round (lib/judging/conflicts.ts, assignments.ts),
// shared by the forms (client) and the server actions. Pure.
import { z } from "zod";

const id = z.string().trim().min(1, "Data tidak lengkap.").max(64);
const reason = z
  .string()
  .trim()
  .min(5, "Tuliskan alasannya, minimal 5 karakter.")
  .max(1000, "Alasan maksimal 1000 karakter.");

export const CONFLICT_TARGETS = ["ENTRY", "UNIT"] as const;

export const addConflictSchema = z
  .object({
    roundId: id,
    judgeId: z.string().trim().min(1, "Pilih juri.").max(64),
    target: z.enum(CONFLICT_TARGETS, "Pilih usulan atau unit."),
    proposalId: z.string().trim().max(64),
    unitId: z.string().trim().max(64),
    reason,
  })
  .superRefine((v, ctx) => {
    if (v.target === "ENTRY" && !v.proposalId)
      ctx.addIssue({ code: "custom", path: ["proposalId"], message: "Pilih usulan." });
    if (v.target === "UNIT" && !v.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "Pilih unit." });
  });
export type AddConflictInput = z.infer<typeof addConflictSchema>;

export const liftConflictSchema = z.object({ roundId: id, conflictId: id, reason });
export type LiftConflictInput = z.infer<typeof liftConflictSchema>;

/** Commit what the preview showed: `basis` fingerprints the preview's inputs, so a change since is refused. */
export const commitAssignmentSchema = z.object({
  roundId: id,
  basis: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{64}$/, "Muat ulang pratinjau."),
});
export type CommitAssignmentInput = z.infer<typeof commitAssignmentSchema>;

export const addAssignmentSchema = z.object({
  roundId: id,
  proposalId: z.string().trim().min(1, "Pilih usulan.").max(64),
  judgeId: z.string().trim().min(1, "Pilih juri.").max(64),
});
export type AddAssignmentInput = z.infer<typeof addAssignmentSchema>;

export const removeAssignmentSchema = z.object({ roundId: id, assignmentId: id });
export type RemoveAssignmentInput = z.infer<typeof removeAssignmentSchema>;

/** A judge drops out: no new entries, and their entries without a submitted sheet go to others. */
export const releaseJudgeSchema = z.object({ roundId: id, judgeId: id, reason });
export type ReleaseJudgeInput = z.infer<typeof releaseJudgeSchema>;

export const assignmentViewSchema = z.object({
  tampil: z.enum(["pratinjau", "usulan"]).catch("pratinjau"),
});
export const conflictViewSchema = z.object({
  tampil: z.enum(["juri", "usulan"]).catch("juri"),
});
