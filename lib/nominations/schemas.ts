import { z } from "zod";
import { NationalStage } from "@/lib/generated/prisma/enums";

const id = z.string().trim().min(1, "Pilih data terlebih dahulu.").max(64);

export const nominateSchema = z.object({
  proposalId: id,
  sinovikRef: z.string().trim().max(80, "Nomor SiNoVik paling banyak 80 karakter.").optional().default(""),
  notes: z.string().trim().max(1000, "Catatan paling banyak 1.000 karakter.").optional().default(""),
});

export const withdrawNominationSchema = z.object({
  nominationId: id,
  reason: z.string().trim().min(5, "Tulis alasan penarikan (minimal 5 karakter).").max(500),
});

export const recordOutcomeSchema = z.object({
  nominationId: id,
  stage: z.enum(Object.values(NationalStage) as [NationalStage, ...NationalStage[]], {
    error: "Pilih tahap nasional.",
  }),
  /** The day of the national announcement, yyyy-mm-dd. */
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal pengumuman nasional."),
  note: z.string().trim().max(500, "Catatan paling banyak 500 karakter.").optional().default(""),
});

export type NominateInput = z.infer<typeof nominateSchema>;
export type WithdrawNominationInput = z.infer<typeof withdrawNominationSchema>;
export type RecordOutcomeInput = z.infer<typeof recordOutcomeSchema>;
