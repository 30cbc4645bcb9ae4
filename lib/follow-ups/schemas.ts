import { z } from "zod";

const whole = (what: string) =>
  z
    .union([z.number(), z.string().trim()])
    .transform((v, ctx) => {
      if (v === "") return null;
      const n = typeof v === "number" ? v : Number(v.replace(/\./g, ""));
      if (!Number.isInteger(n) || n < 0 || n > 1_000_000_000_000) {
        ctx.addIssue({ code: "custom", message: `${what} diisi bilangan bulat 0 atau lebih.` });
        return z.NEVER;
      }
      return n;
    })
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const reportFollowUpSchema = z
  .object({
    followUpId: z.string().trim().min(1).max(64),
    stillRunning: z.enum(["ya", "tidak"], "Pilih apakah inovasi masih berjalan."),
    beneficiaries: whole("Jumlah penerima manfaat"),
    budgetRupiah: whole("Anggaran"),
    notes: z.string().trim().max(2000, "Keterangan paling banyak 2.000 karakter.").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.stillRunning === "ya" && v.beneficiaries === null)
      ctx.addIssue({
        code: "custom",
        path: ["beneficiaries"],
        message: "Isi jumlah penerima manfaat selama periode ini.",
      });
    if (v.stillRunning === "tidak" && v.notes.length < 10)
      ctx.addIssue({
        code: "custom",
        path: ["notes"],
        message: "Jelaskan mengapa inovasi berhenti (minimal 10 karakter).",
      });
  });

export type ReportFollowUpInput = z.infer<typeof reportFollowUpSchema>;

/** What a report's `figures` holds. */
export type FollowUpFigures = { beneficiaries: number | null; budgetRupiah: number | null };
