import { z } from "zod";
import { scoreValue } from "@/lib/judging/score-schemas";

// Inputs of the ranking actions (issue 11), shared by the forms and the server. Pure.

const id = (what: string) => z.string().min(1, `${what} tidak dikenal.`).max(64);
const note = (min: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, `Tulis ${what} (sekurang-kurangnya ${min} karakter).`)
    .max(2000, `${what[0]!.toUpperCase()}${what.slice(1)} paling panjang 2.000 karakter.`);

export const CONSOLIDATION_OUTCOMES = ["DISCUSSED", "SHEET_REVISED", "STANDS"] as const;
export const CONSOLIDATION_LABEL: Record<(typeof CONSOLIDATION_OUTCOMES)[number], string> = {
  DISCUSSED: "Dibahas panel; nilai tetap setelah diskusi",
  SHEET_REVISED: "Lembar nilai direvisi dengan alasan",
  STANDS: "Perbedaan dibiarkan; nilai tetap",
};

export const consolidateSchema = z.object({
  roundId: id("Babak"),
  proposalId: id("Usulan"),
  outcome: z.enum(CONSOLIDATION_OUTCOMES, "Pilih hasil pembahasan."),
  note: note(10, "catatan konsolidasi"),
});
export type ConsolidateInput = z.infer<typeof consolidateSchema>;

export const sealRoundSchema = z.object({ roundId: id("Babak") });

export const correctScoreSchema = z.object({
  roundId: id("Babak"),
  sheetId: id("Lembar nilai"),
  criterionId: id("Kriteria"),
  value: scoreValue,
  reason: note(10, "alasan perubahan"),
});
export type CorrectScoreInput = z.infer<typeof correctScoreSchema>;

export const ADVANCE_RULES = ["TOP_N", "PASSING_GRADE", "HAND_PICKED"] as const;
export const ADVANCE_RULE_LABEL: Record<(typeof ADVANCE_RULES)[number], string> = {
  TOP_N: "Peringkat teratas (N usulan)",
  PASSING_GRADE: "Semua yang mencapai nilai batas",
  HAND_PICKED: "Dipilih satu per satu",
};

export const balanceRuleSchema = z
  .object({
    by: z.enum(["kind", "region"], "Pilih dasar keseimbangan."),
    group: z.string().trim().min(1, "Pilih kelompok.").max(120),
    min: z.coerce.number().int("Batas harus bilangan bulat.").min(0).max(1000).optional(),
    max: z.coerce.number().int("Batas harus bilangan bulat.").min(0).max(1000).optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, "Isi batas paling sedikit atau paling banyak.")
  .refine(
    (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
    "Batas paling sedikit melebihi paling banyak.",
  );

export const advanceSchema = z
  .object({
    roundId: id("Babak"),
    rule: z.enum(ADVANCE_RULES, "Pilih cara menentukan yang lolos."),
    topN: z.coerce.number().int("N harus bilangan bulat.").min(1, "N sekurang-kurangnya 1.").max(10_000).optional(),
    passingGrade: z.coerce.number().min(0, "Nilai batas 0–100.").max(100, "Nilai batas 0–100.").optional(),
    picked: z.array(id("Usulan")).max(10_000).default([]),
    balance: z.array(balanceRuleSchema).max(20).default([]),
    note: z.string().trim().max(2000, "Catatan paling panjang 2.000 karakter.").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.rule === "TOP_N" && v.topN === undefined)
      ctx.addIssue({ code: "custom", path: ["topN"], message: "Isi jumlah usulan yang lolos." });
    if (v.rule === "PASSING_GRADE" && v.passingGrade === undefined)
      ctx.addIssue({ code: "custom", path: ["passingGrade"], message: "Isi nilai batas kelulusan." });
    if (v.rule === "HAND_PICKED" && v.picked.length === 0)
      ctx.addIssue({ code: "custom", path: ["picked"], message: "Pilih sekurang-kurangnya satu usulan." });
  });
export type AdvanceInput = z.infer<typeof advanceSchema>;

export const thresholdSchema = z.object({
  roundId: id("Babak"),
  divergenceThreshold: z.coerce
    .number("Isi ambang dengan angka.")
    .gt(0, "Ambang harus lebih dari 0.")
    .max(100, "Ambang paling besar 100 poin."),
  minSheetsPerJudge: z.coerce.number().int("Isi bilangan bulat.").min(2, "Sekurang-kurangnya 2.").max(100),
});
