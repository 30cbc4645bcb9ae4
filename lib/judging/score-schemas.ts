// Input schemas of the judge's score sheet, shared by the scoring screen (client) and the server actions, so
// both refuse the same things. Pure: no server-only imports.
import { z } from "zod";

const id = z.string().trim().min(1, "Wajib diisi.").max(64);
export const MAX_SCORE_COMMENT_CHARS = 2_000;
/** A rubric never has this many criteria; the cap keeps one crafted save small. */
const MAX_CRITERIA = 50;

/** Scores are kept with two decimals (Decimal(6, 2)); a judge types "7", "7,5" or "7.5". */
const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
export const scoreValue = z
  .number({ error: "Nilai harus berupa angka." })
  .finite("Nilai harus berupa angka.")
  .min(0, "Nilai tidak boleh negatif.")
  .max(1000, "Nilai terlalu besar.")
  .refine(twoDecimals, "Nilai paling banyak dua angka di belakang koma.");

export const scoreEntrySchema = z.object({
  criterionId: id,
  value: scoreValue.nullable(),
  comment: z
    .string()
    .trim()
    .max(MAX_SCORE_COMMENT_CHARS, `Catatan maksimal ${MAX_SCORE_COMMENT_CHARS} karakter.`)
    .default(""),
});
export type ScoreEntry = z.infer<typeof scoreEntrySchema>;

const sheetKey = { roundId: id, proposalId: id };

/** Autosave of a draft sheet: every criterion's value (or none yet) and note, from the version it started at. */
export const saveScoresSchema = z.object({
  ...sheetKey,
  /** 0 when the judge has no sheet yet. */
  baseVersion: z.number().int().min(0).max(1_000_000),
  scores: z.array(scoreEntrySchema).max(MAX_CRITERIA),
});
export type SaveScoresInput = z.infer<typeof saveScoresSchema>;

export const submitSheetSchema = z.object({ ...sheetKey, version: z.number().int().min(1).max(1_000_000) });
export type SubmitSheetInput = z.infer<typeof submitSheetSchema>;

export const reopenSheetSchema = z.object({
  sheetId: id,
  reason: z.string().trim().min(10, "Tuliskan alasan minimal 10 karakter.").max(500, "Alasan maksimal 500 karakter."),
});
export type ReopenSheetInput = z.infer<typeof reopenSheetSchema>;

/** What the scoring form holds per criterion: the value as typed and the note. */
export type ScoreFormValue = Record<string, { value: string; comment: string }>;

/** "7,5" / "7.5" / " 8 " → a number; "" → null; anything else → NaN (the form says it is not a number). */
export function parseScoreText(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (t === "") return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** A number as a judge would type it back ("7,5"). */
export function scoreText(value: number | null): string {
  return value === null ? "" : String(value).replace(".", ",");
}

/** The form's value as the server stores it: criteria in a fixed order, values parsed, notes trimmed. */
export function toScoreEntries(form: ScoreFormValue, order: readonly string[]): ScoreEntry[] {
  return order.map((criterionId) => {
    const v = form[criterionId];
    return { criterionId, value: parseScoreText(v?.value ?? ""), comment: (v?.comment ?? "").trim() };
  });
}

/** Why the form cannot be saved as it is (the first problem), or null. Scale checks use the rubric. */
export function scoreFormProblem(
  form: ScoreFormValue,
  criteria: readonly { id: string; name: string; scaleMin: number; scaleMax: number }[],
): string | null {
  for (const c of criteria) {
    const v = form[c.id];
    const value = parseScoreText(v?.value ?? "");
    if (value !== null && Number.isNaN(value)) return `Nilai "${c.name}" harus berupa angka.`;
    if (value !== null && (value < c.scaleMin || value > c.scaleMax)) {
      return `Nilai "${c.name}" harus antara ${c.scaleMin} dan ${c.scaleMax}.`;
    }
    if (value !== null && !twoDecimals(value)) return `Nilai "${c.name}" paling banyak dua angka di belakang koma.`;
    // A note is stored with its score (one row per criterion), so a note alone would not survive a reload.
    if (value === null && (v?.comment ?? "").trim()) return `Beri nilai "${c.name}" agar catatannya ikut tersimpan.`;
    if ((v?.comment ?? "").trim().length > MAX_SCORE_COMMENT_CHARS)
      return `Catatan "${c.name}" maksimal ${MAX_SCORE_COMMENT_CHARS} karakter.`;
  }
  return null;
}
