// The administrative check (seleksi administrasi): its checklist and the decision form, shared by the page
// (client) and the server action.
import { z } from "zod";
import { WIB_INPUT_RE } from "@/lib/format/wib-input";

export const CHECK_OUTCOMES = ["PASS", "FAIL", "RETURN_FOR_CORRECTION"] as const;
export type CheckOutcomeValue = (typeof CHECK_OUTCOMES)[number];

export const OUTCOME_LABEL: Record<CheckOutcomeValue, string> = {
  PASS: "Lolos",
  FAIL: "Tidak lolos",
  RETURN_FOR_CORRECTION: "Kembalikan untuk perbaikan",
};

/** Items a person checks by hand, after the automatic ones (eligibilityFlags). */
export const MANUAL_ITEMS = [
  { key: "sk_valid", label: "SK penetapan inovasi sah dan masih berlaku" },
  { key: "video_reachable", label: "Video dapat diputar dan berdurasi paling lama 3 menit" },
  { key: "answers_substantive", label: "Jawaban substantif (bukan salinan, bukan asal isi)" },
] as const;

export const decideCheckSchema = z
  .object({
    proposalId: z.string().trim().min(1).max(64),
    /** The proposal version the admin looked at: a change since then is a conflict, not silently judged. */
    version: z.number().int().min(1),
    outcome: z.enum(CHECK_OUTCOMES, "Pilih hasil seleksi."),
    reason: z.string().trim().max(2000, "Alasan maksimal 2000 karakter."),
    correctionDeadline: z.string().trim(),
    items: z
      .array(
        z.object({
          key: z.string().trim().min(1).max(64),
          result: z.enum(["pass", "fail"], "Tandai memenuhi atau tidak memenuhi."),
          note: z.string().trim().max(500, "Catatan maksimal 500 karakter."),
        }),
      )
      .min(1)
      .max(30),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== "PASS" && !v.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message:
          v.outcome === "FAIL"
            ? "Tuliskan alasan tidak lolos; unit akan membacanya."
            : "Tuliskan apa yang harus diperbaiki.",
      });
    }
    if (v.outcome === "RETURN_FOR_CORRECTION" && !WIB_INPUT_RE.test(v.correctionDeadline)) {
      ctx.addIssue({
        code: "custom",
        path: ["correctionDeadline"],
        message: "Isi batas waktu perbaikan (tanggal dan jam).",
      });
    }
    if (v.outcome === "PASS" && v.items.some((i) => i.result === "fail")) {
      ctx.addIssue({
        code: "custom",
        path: ["outcome"],
        message:
          "Usulan dengan butir yang tidak memenuhi tidak dapat diloloskan. Ubah butirnya (dengan catatan) atau pilih hasil lain.",
      });
    }
  });
export type DecideCheckInput = z.infer<typeof decideCheckSchema>;
