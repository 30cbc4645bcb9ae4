// Input schemas of edition setup, shared by the admin forms (client) and the server actions.
import { z } from "zod";
import { PAGE_SIZE } from "@/lib/pagination";
import { wibInputToDate } from "@/lib/format/wib-input";
import { timelineIssues } from "./timeline";

export const EDITION_STATUSES = ["DRAFT", "OPEN", "JUDGING", "ANNOUNCED", "ARCHIVED"] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];
export const EDITION_STATUS_LABEL: Record<EditionStatus, string> = {
  DRAFT: "Draf",
  OPEN: "Pendaftaran dibuka",
  JUDGING: "Penilaian",
  ANNOUNCED: "Diumumkan",
  ARCHIVED: "Diarsipkan",
};

export const GROUP_KINDS = ["UMUM", "REPLIKASI", "KHUSUS"] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
export const GROUP_KIND_LABEL: Record<GroupKind, string> = { UMUM: "Umum", REPLIKASI: "Replikasi", KHUSUS: "Khusus" };
export const DEFAULT_GROUP_NAME: Record<GroupKind, string> = {
  UMUM: "Kelompok Umum",
  REPLIKASI: "Kelompok Replikasi",
  KHUSUS: "Kelompok Khusus",
};

export const ATTACHMENT_KINDS = ["SK_DECREE", "PHOTO", "SUPPORTING_DOCUMENT", "PRESENTATION", "OTHER"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
export const ATTACHMENT_KIND_LABEL: Record<AttachmentKind, string> = {
  SK_DECREE: "SK penetapan inovasi",
  PHOTO: "Foto",
  SUPPORTING_DOCUMENT: "Dokumen pendukung",
  PRESENTATION: "Bahan presentasi",
  OTHER: "Lainnya",
};

/** The only file types the portal accepts (sniffed from the content on upload). */
export const CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];
export const CONTENT_TYPE_LABEL: Record<ContentType, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
};
export const MAX_ATTACHMENT_MB = 25;
export const MB = 1024 * 1024;

export const MIN_YEAR = 2016;
export const MAX_YEAR = 2100;
export const QUOTA_PAGE_SIZE = PAGE_SIZE;

const id = z.string().trim().min(1).max(64);
// The message sits under the field's own label, so it does not repeat the label.
const intIn = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} wajib diisi dengan angka.` })
    .int("Isi dengan bilangan bulat.")
    .min(min, `Paling sedikit ${min}.`)
    .max(max, `Paling banyak ${max}.`);
const optionalText = (max: number) => z.string().trim().max(max, `Maksimal ${max} karakter.`);
const theme = z.string().trim().min(3, "Tema minimal 3 karakter.").max(300, "Tema maksimal 300 karakter.");

/** A datetime-local value typed in WIB, or "" for not set yet. */
const wibDateTime = z
  .string()
  .trim()
  .refine((v) => v === "" || wibInputToDate(v) !== null, "Tanggal dan jam tidak valid.");

export const createEditionSchema = z.object({
  year: z
    .number({ error: "Tahun wajib diisi dengan angka." })
    .int("Isi tahun dengan empat angka.")
    .min(MIN_YEAR, `Tahun antara ${MIN_YEAR} dan ${MAX_YEAR}.`)
    .max(MAX_YEAR, `Tahun antara ${MIN_YEAR} dan ${MAX_YEAR}.`),
  theme,
  /** Copy groups, categories, form, attachment rules and rounds from this edition; "" for a fresh setup. */
  copyFromEditionId: z.string().trim().max(64).default(""),
});
export type CreateEditionInput = z.input<typeof createEditionSchema>;

export const roundScheduleSchema = z.object({
  id,
  name: z.string().trim().min(3, "Nama babak minimal 3 karakter.").max(200, "Nama babak maksimal 200 karakter."),
  opensAt: wibDateTime,
  closesAt: wibDateTime,
});

export const updateEditionSchema = z
  .object({
    editionId: id,
    theme,
    status: z.enum(EDITION_STATUSES, "Pilih status."),
    registrationOpensAt: wibDateTime,
    registrationClosesAt: wibDateTime,
    announcementAt: wibDateTime,
    minImplementationMonths: intIn(0, 120, "Lama penerapan"),
    excludePreviousWinners: z.boolean(),
    topN: intIn(1, 500, "Jumlah Top N"),
    defaultQuota: intIn(0, 1000, "Kuota bawaan"),
    rounds: z.array(roundScheduleSchema).max(10),
  })
  .superRefine((v, ctx) => {
    const issues = timelineIssues({
      registrationOpensAt: wibInputToDate(v.registrationOpensAt),
      registrationClosesAt: wibInputToDate(v.registrationClosesAt),
      rounds: v.rounds.map((r) => ({
        name: r.name,
        opensAt: wibInputToDate(r.opensAt),
        closesAt: wibInputToDate(r.closesAt),
      })),
      announcementAt: wibInputToDate(v.announcementAt),
    });
    for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
    if (v.status !== "DRAFT" && (!v.registrationOpensAt || !v.registrationClosesAt)) {
      ctx.addIssue({
        code: "custom",
        path: [v.registrationOpensAt ? "registrationClosesAt" : "registrationOpensAt"],
        message: "Isi jadwal pendaftaran sebelum edisi dibuka.",
      });
    }
  });
export type UpdateEditionInput = z.input<typeof updateEditionSchema>;

/* Groups and categories */

const groupName = z.string().trim().min(3, "Nama minimal 3 karakter.").max(120, "Nama maksimal 120 karakter.");
export const updateGroupSchema = z.object({ groupId: id, name: groupName, description: optionalText(1000) });
export type UpdateGroupInput = z.input<typeof updateGroupSchema>;
export const addGroupSchema = z.object({ editionId: id, kind: z.enum(GROUP_KINDS, "Pilih kelompok.") });
export const removeGroupSchema = z.object({ groupId: id });

const categoryName = z.string().trim().min(3, "Nama minimal 3 karakter.").max(200, "Nama maksimal 200 karakter.");
export const categoryFormSchema = z.object({ name: categoryName, description: optionalText(1000) });
export type CategoryFormInput = z.input<typeof categoryFormSchema>;
export const addCategorySchema = categoryFormSchema.extend({ editionId: id });
export const updateCategorySchema = categoryFormSchema.extend({ categoryId: id });
export const moveSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const removeByIdSchema = z.object({ id });

/* Quotas */

export const setQuotaSchema = z.object({
  editionId: id,
  institutionId: id,
  /** null clears the override: the institution falls back to the edition's default. */
  maxProposals: intIn(0, 1000, "Kuota").nullable(),
});
export type SetQuotaInput = z.input<typeof setQuotaSchema>;

export const quotaListQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/* Form sections */

export const sectionFormSchema = z.object({
  title: z.string().trim().min(3, "Judul minimal 3 karakter.").max(200, "Judul maksimal 200 karakter."),
  guidance: optionalText(2000),
  wordLimit: intIn(1, 10_000, "Batas kata").nullable(),
  required: z.boolean(),
  isPublic: z.boolean(),
});
export type SectionFormInput = z.input<typeof sectionFormSchema>;
export const addSectionSchema = sectionFormSchema.extend({ editionId: id });
export const updateSectionSchema = sectionFormSchema.extend({ sectionId: id });

/** "Masalah dan Latar Belakang" → "masalah-dan-latar-belakang": the stable key of a new section. */
export function sectionKeyFrom(title: string): string {
  const key = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return key || "bagian";
}

/* Attachment requirements */

export const attachmentFormSchema = z.object({
  kind: z.enum(ATTACHMENT_KINDS, "Pilih jenis lampiran."),
  label: z.string().trim().min(3, "Label minimal 3 karakter.").max(200, "Label maksimal 200 karakter."),
  required: z.boolean(),
  allowedContentTypes: z
    .array(z.enum(CONTENT_TYPES))
    .min(1, "Pilih sekurang-kurangnya satu jenis berkas.")
    .refine((a) => new Set(a).size === a.length, "Jenis berkas ganda."),
  maxSizeMb: intIn(1, MAX_ATTACHMENT_MB, "Ukuran maksimal"),
  maxFiles: intIn(1, 20, "Jumlah berkas"),
});
export type AttachmentFormInput = z.input<typeof attachmentFormSchema>;
export const addAttachmentSchema = attachmentFormSchema.extend({ editionId: id });
export const updateAttachmentSchema = attachmentFormSchema.extend({ requirementId: id });
