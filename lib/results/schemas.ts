import { z } from "zod";

// Inputs of the results actions (issue 12: confirmation, the objection window, certificates), shared by the
// forms and the server. Pure.

const id = (what: string) => z.string().min(1, `${what} tidak dikenal.`).max(64);
const text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, `Tulis ${what} (sekurang-kurangnya ${min} karakter).`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} paling panjang ${max.toLocaleString("id-ID")} karakter.`);
const year = z.coerce.number().int().min(2000, "Tahun edisi tidak dikenal.").max(2100, "Tahun edisi tidak dikenal.");

/** Ranks 1–3 are awarded when the draft is assembled; these are the special awards admins add by hand. */
export const SPECIAL_AWARDS = ["Replikasi Terbaik", "Outstanding Achievement", "Inovasi Inklusif Terbaik"] as const;
export const rankAwardName = (rank: number) => `Terbaik ${rank}`;

export const assembleSchema = z.object({ year });
export type AssembleInput = z.infer<typeof assembleSchema>;

export const addAwardSchema = z.object({
  resultId: id("Versi hasil"),
  proposalId: id("Usulan"),
  name: text(3, 80, "nama penghargaan"),
});
export type AddAwardInput = z.infer<typeof addAwardSchema>;

export const removeAwardSchema = z.object({ awardId: id("Penghargaan") });

export const startCorrectionSchema = z.object({
  resultId: id("Versi hasil"),
  reason: text(10, 2000, "alasan koreksi"),
});
export type StartCorrectionInput = z.infer<typeof startCorrectionSchema>;

export const OBJECTION_DAYS_DEFAULT = 5;
export const announceFinalistsSchema = z.object({
  year,
  days: z.coerce
    .number("Isi lama masa sanggah.")
    .int("Lama masa sanggah dalam hari penuh.")
    .min(1, "Masa sanggah sekurang-kurangnya 1 hari.")
    .max(30, "Masa sanggah paling lama 30 hari."),
});
export type AnnounceFinalistsInput = z.infer<typeof announceFinalistsSchema>;

export const publishWinnersSchema = z.object({ year });

export const lodgeObjectionSchema = z.object({
  proposalId: id("Usulan"),
  unitId: id("Unit"),
  reason: text(20, 4000, "alasan sanggahan"),
});
export type LodgeObjectionInput = z.infer<typeof lodgeObjectionSchema>;

export const OBJECTION_DECISIONS = ["UPHELD", "REJECTED"] as const;
export const OBJECTION_DECISION_LABEL: Record<"PENDING" | (typeof OBJECTION_DECISIONS)[number], string> = {
  PENDING: "Menunggu keputusan",
  UPHELD: "Diterima",
  REJECTED: "Ditolak",
};
export const decideObjectionSchema = z.object({
  objectionId: id("Sanggahan"),
  decision: z.enum(OBJECTION_DECISIONS, "Pilih keputusan: diterima atau ditolak."),
  note: text(10, 2000, "catatan keputusan"),
});
export type DecideObjectionInput = z.infer<typeof decideObjectionSchema>;

export const TIER_LABEL = { TOP_N: "Top N (finalis)", FINALIST: "Finalis", PARTICIPANT: "Peserta" } as const;
