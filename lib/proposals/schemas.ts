// Input schemas of proposal drafting, shared by the edit page (client) and the server actions, so both
// refuse the same things. Pure: no server-only imports.
import { z } from "zod";
import { PAGE_SIZE } from "@/lib/pagination";

export const PROPOSAL_PAGE_SIZE = PAGE_SIZE;
/** A hard cap on one section's text, whatever its word limit: keeps one save from filling the database. */
export const MAX_SECTION_CHARS = 60_000;
export const MAX_INNOVATORS = 20;

const id = z.string().trim().min(1, "Wajib dipilih.").max(64);

export const proposalTitle = z
  .string()
  .trim()
  .min(5, "Judul minimal 5 karakter.")
  .max(200, "Judul maksimal 200 karakter.");

export const createProposalSchema = z.object({
  title: proposalTitle,
  unitId: id,
});
export type CreateProposalInput = z.infer<typeof createProposalSchema>;

export const proposalListSchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ProposalListQuery = z.infer<typeof proposalListSchema>;

export const innovatorSchema = z.object({
  name: z.string().trim().min(2, "Nama inovator minimal 2 karakter.").max(150, "Nama maksimal 150 karakter."),
  nip: z
    .string()
    .trim()
    .regex(/^(\d{18})?$/, "NIP terdiri atas 18 angka (kosongkan jika bukan ASN).")
    .default(""),
  position: z.string().trim().max(150, "Jabatan maksimal 150 karakter.").default(""),
});
export type InnovatorInput = z.infer<typeof innovatorSchema>;

const optionalId = z.string().trim().max(64).default("");

/** The facts block of a draft. Everything but the title may still be empty while drafting. */
export const proposalFactsSchema = z.object({
  title: proposalTitle,
  implementationStartedOn: z
    .string()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "Tanggal tidak valid.")
    .refine((s) => !s || (!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && s >= "1990-01-01"), "Tanggal tidak valid.")
    // Today in WIB (UTC+7): the date input no longer carries the browser's own max.
    .refine(
      (s) => !s || s <= new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10),
      "Tanggal tidak boleh di masa depan.",
    )
    .default(""),
  groupId: optionalId,
  categoryId: optionalId,
  sdgs: z
    .array(z.number().int().min(1).max(17))
    .max(17)
    .refine((a) => new Set(a).size === a.length, "TPB ganda.")
    .default([]),
  replicatedInnovationId: optionalId,
  innovators: z.array(innovatorSchema).max(MAX_INNOVATORS, `Maksimal ${MAX_INNOVATORS} inovator.`).default([]),
  videoUrl: z
    .string()
    .trim()
    .max(500, "Tautan terlalu panjang.")
    .refine((s) => !s || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s), "Masukkan tautan lengkap, diawali https://")
    .default(""),
  priorAwards: z.string().trim().max(3000, "Maksimal 3.000 karakter.").default(""),
});
export type ProposalFacts = z.infer<typeof proposalFactsSchema>;
export type ProposalFactsForm = z.input<typeof proposalFactsSchema>;

export const saveFactsSchema = z.object({
  proposalId: id,
  baseVersion: z.number().int().min(1),
  facts: proposalFactsSchema,
});
export type SaveFactsInput = z.infer<typeof saveFactsSchema>;

export const sectionTextSchema = z
  .string()
  .max(MAX_SECTION_CHARS, `Teks terlalu panjang (maksimal ${MAX_SECTION_CHARS.toLocaleString("id-ID")} karakter).`);

export const saveAnswerSchema = z.object({
  proposalId: id,
  sectionId: id,
  /** The version the client started from; 0 when the section had never been saved. */
  baseVersion: z.number().int().min(0),
  text: sectionTextSchema,
});
export type SaveAnswerInput = z.infer<typeof saveAnswerSchema>;

export const deleteAttachmentSchema = z.object({ proposalId: id, attachmentId: id });
export type DeleteAttachmentInput = z.infer<typeof deleteAttachmentSchema>;
export const deleteDraftSchema = z.object({ proposalId: id });
export type DeleteDraftInput = z.infer<typeof deleteDraftSchema>;
export const innovationSearchSchema = z.object({ q: z.string().trim().min(2).max(100), proposalId: id });
export type InnovationSearchInput = z.infer<typeof innovationSearchSchema>;

/** What a save answers: saved (with the new version), or someone else saved first. */
export type SaveOutcome<T> =
  | { saved: true; version: number; savedAt: string }
  | { saved: false; conflict: { value: T; version: number; savedAt: string; savedBy: string | null } };

export const ATTACHMENT_KIND_LABEL: Record<string, string> = {
  SK_DECREE: "SK penetapan",
  PHOTO: "Foto",
  SUPPORTING_DOCUMENT: "Dokumen pendukung",
  PRESENTATION: "Bahan presentasi",
  OTHER: "Lainnya",
};

export { SDG_LABELS } from "./sdgs";

export function overLimitMessage(title: string, words: number, limit: number): string {
  return `Bagian "${title}" berisi ${words} kata, melebihi batas ${limit} kata. Persingkat teksnya; isian ini belum disimpan.`;
}
