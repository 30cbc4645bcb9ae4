// Input schemas of judging setup (rounds, rubrics, judges, declarations), shared by the forms (client) and
// the server actions. Pure.
import { z } from "zod";
import { emailAddress, personName } from "@/lib/accounts/schemas";
import { wibInputToDate } from "@/lib/format/wib-input";
import { isHundred, levelsIssue, percentTotal } from "./round-rules";
import { RUBRIC_PRESET_KEYS } from "./rubric-presets";

export const ROUND_KINDS = ["DESK_EVALUATION", "PRESENTATION_INTERVIEW", "SITE_VISIT"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const ROUND_KIND_LABEL: Record<RoundKind, string> = {
  DESK_EVALUATION: "Evaluasi proposal (desk)",
  PRESENTATION_INTERVIEW: "Presentasi dan wawancara",
  SITE_VISIT: "Kunjungan lapangan",
};

export const ROUND_STATES = ["DRAFT", "OPEN", "CLOSED", "SEALED"] as const;
export type RoundState = (typeof ROUND_STATES)[number];
export const ROUND_STATE_LABEL: Record<RoundState, string> = {
  DRAFT: "Draf",
  OPEN: "Dibuka",
  CLOSED: "Ditutup",
  SEALED: "Final",
};
export const ROUND_STATE_TONE = { DRAFT: "neutral", OPEN: "success", CLOSED: "warning", SEALED: "brand" } as const;

export const ENTRY_SOURCES = ["PASSED_ADMIN_CHECK", "PREVIOUS_ROUND"] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];
export const ENTRY_SOURCE_LABEL: Record<EntrySource, string> = {
  PASSED_ADMIN_CHECK: "Usulan yang lolos seleksi administrasi",
  PREVIOUS_ROUND: "Usulan yang lolos dari babak sebelumnya",
};

export const NORMALISATIONS = ["NONE", "Z_SCORE"] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];
export const NORMALISATION_LABEL: Record<Normalisation, string> = {
  NONE: "Tanpa normalisasi (rata-rata nilai juri)",
  Z_SCORE: "Normalisasi per juri (skor-z)",
};

export const PRESET_OPTIONS = ["", ...RUBRIC_PRESET_KEYS] as const;

const id = z.string().trim().min(1, "Wajib dipilih.").max(64);
const intIn = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} wajib diisi dengan angka.` })
    .int("Isi dengan bilangan bulat.")
    .min(min, `Paling sedikit ${min}.`)
    .max(max, `Paling banyak ${max}.`);
/** A percentage with at most two decimals (the database keeps hundredths of a percent). */
const percent = (min: number, what: string) =>
  z
    .number({ error: `${what} wajib diisi dengan angka.` })
    .min(min, min > 0 ? `Harus lebih dari ${min} %.` : `Paling sedikit ${min} %.`)
    .max(100, "Paling banyak 100 %.")
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "Paling banyak dua angka desimal.");

const wibDateTime = z
  .string()
  .trim()
  .refine((v) => v === "" || wibInputToDate(v) !== null, "Tanggal dan jam tidak valid.");
const roundName = z
  .string()
  .trim()
  .min(3, "Nama babak minimal 3 karakter.")
  .max(200, "Nama babak maksimal 200 karakter.");

/* Rounds */

export const roundSettingsSchema = z
  .object({
    name: roundName,
    kind: z.enum(ROUND_KINDS, "Pilih jenis babak."),
    opensAt: wibDateTime,
    closesAt: wibDateTime,
    entrySource: z.enum(ENTRY_SOURCES, "Pilih usulan yang masuk."),
    panelMode: z.boolean(),
    judgesPerEntry: intIn(1, 50, "Jumlah juri per usulan"),
    /** The round's share of the final score, in percent. */
    sharePercent: percent(0, "Bobot babak"),
    normalisation: z.enum(NORMALISATIONS, "Pilih cara normalisasi."),
    anonymised: z.boolean(),
    advanceCount: intIn(1, 10_000, "Jumlah yang lolos").nullable(),
  })
  .superRefine((v, ctx) => {
    const o = wibInputToDate(v.opensAt);
    const c = wibInputToDate(v.closesAt);
    if (o && c && c <= o)
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Waktu tutup harus setelah waktu buka." });
  });
export type RoundSettingsInput = z.input<typeof roundSettingsSchema>;
export const updateRoundSchema = z.object({ roundId: id }).and(roundSettingsSchema);
export type UpdateRoundInput = z.infer<typeof updateRoundSchema>;

export const addRoundSchema = z
  .object({
    editionId: id,
    name: roundName,
    kind: z.enum(ROUND_KINDS, "Pilih jenis babak."),
    opensAt: wibDateTime,
    closesAt: wibDateTime,
    sharePercent: percent(0, "Bobot babak"),
    /** Start the rubric from this preset; "" for an empty rubric. */
    preset: z.enum(PRESET_OPTIONS, "Pilih rubrik awal."),
  })
  .superRefine((v, ctx) => {
    const o = wibInputToDate(v.opensAt);
    const c = wibInputToDate(v.closesAt);
    if (o && c && c <= o)
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "Waktu tutup harus setelah waktu buka." });
  });
export type AddRoundInput = z.input<typeof addRoundSchema>;

export const moveRoundSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const roundIdSchema = z.object({ roundId: id });

/* Rubrics */

export const levelSchema = z.object({
  min: intIn(0, 100, "Nilai terendah"),
  max: intIn(0, 100, "Nilai tertinggi"),
  label: z.string().trim().min(1, "Beri nama tingkat.").max(60, "Nama tingkat maksimal 60 karakter."),
  text: z.string().trim().max(500, "Panduan maksimal 500 karakter."),
});
export type LevelInput = z.infer<typeof levelSchema>;

export const criterionSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(3, "Nama kriteria minimal 3 karakter.")
      .max(200, "Nama kriteria maksimal 200 karakter."),
    description: z.string().trim().max(1000, "Deskripsi maksimal 1000 karakter."),
    weight: percent(0.01, "Bobot"),
    scaleMin: intIn(0, 99, "Nilai terendah"),
    scaleMax: intIn(1, 100, "Nilai tertinggi"),
    levels: z.array(levelSchema).max(10, "Paling banyak 10 tingkat."),
  })
  .superRefine((v, ctx) => {
    if (v.scaleMax <= v.scaleMin) {
      ctx.addIssue({
        code: "custom",
        path: ["scaleMax"],
        message: "Nilai tertinggi harus lebih besar dari nilai terendah.",
      });
      return;
    }
    const issue = levelsIssue(v.levels, v.scaleMin, v.scaleMax);
    if (issue) ctx.addIssue({ code: "custom", path: ["levels"], message: issue });
  });
export type CriterionInput = z.input<typeof criterionSchema>;

export const rubricSchema = z.object({
  criteria: z
    .array(criterionSchema)
    .min(1, "Rubrik memerlukan sekurang-kurangnya satu kriteria.")
    .max(20, "Paling banyak 20 kriteria.")
    .superRefine((criteria, ctx) => {
      const names = criteria.map((c) => c.name.toLowerCase());
      names.forEach((n, i) => {
        if (names.indexOf(n) !== i)
          ctx.addIssue({ code: "custom", path: [i, "name"], message: "Nama kriteria ini sudah dipakai." });
      });
      const weights = criteria.map((c) => c.weight);
      if (!isHundred(weights)) {
        ctx.addIssue({
          code: "custom",
          message: `Jumlah bobot kriteria harus 100 %; sekarang ${percentTotal(weights)} %.`,
        });
      }
    }),
});
export type RubricInput = z.input<typeof rubricSchema>;
export const saveRubricSchema = z.object({ roundId: id }).and(rubricSchema);

/* Judges */

export const appointmentFieldsSchema = z.object({
  /** Most entries the judge takes in this round; null for no cap. */
  loadCap: intIn(0, 10_000, "Batas beban").nullable(),
  /** Categories the judge knows best; assignment prefers them. */
  categoryIds: z.array(id).max(50),
});
export type AppointmentFieldsInput = z.input<typeof appointmentFieldsSchema>;
export const appointJudgeSchema = appointmentFieldsSchema.extend({ roundId: id, userId: id });
export const inviteJudgeSchema = appointmentFieldsSchema.extend({
  roundId: id,
  name: personName,
  email: emailAddress,
  affiliation: z.string().trim().max(200, "Afiliasi maksimal 200 karakter."),
});
export type InviteJudgeInput = z.input<typeof inviteJudgeSchema>;
export const updateAppointmentSchema = appointmentFieldsSchema.extend({ appointmentId: id });
export const appointmentIdSchema = z.object({ appointmentId: id });

/* The judge's declarations */

/** The no-conflict declaration a judge signs per round, before any entry is shown. */
export const DECLARATION_POINTS = [
  "Saya tidak sedang dan dalam tiga tahun terakhir tidak pernah menjadi pegawai, pengurus, konsultan, atau pendamping unit pengusul mana pun yang usulannya akan saya nilai, maupun instansi induknya.",
  "Saya tidak memiliki hubungan keluarga, hubungan kerja, atau kepentingan keuangan dengan inovator atau pimpinan unit pengusul yang usulannya akan saya nilai.",
  "Jika saya mengetahui adanya konflik kepentingan, saya akan segera menyatakannya melalui portal ini dan tidak menilai usulan tersebut.",
  "Saya menjaga kerahasiaan isi usulan, nilai, dan pembahasan penilaian.",
] as const;

export const signDeclarationSchema = z.object({
  roundId: id,
  agreed: z.literal(true, "Centang pernyataan untuk menandatanganinya."),
});

export const CONFLICT_TARGETS = ["ENTRY", "INSTITUTION"] as const;
export const declareConflictSchema = z
  .object({
    roundId: id,
    target: z.enum(CONFLICT_TARGETS, "Pilih usulan atau instansi."),
    proposalId: z.string().trim().max(64),
    unitId: z.string().trim().max(64),
    reason: z
      .string()
      .trim()
      .min(10, "Jelaskan alasannya, minimal 10 karakter.")
      .max(1000, "Alasan maksimal 1000 karakter."),
  })
  .superRefine((v, ctx) => {
    if (v.target === "ENTRY" && !v.proposalId)
      ctx.addIssue({ code: "custom", path: ["proposalId"], message: "Pilih usulan." });
    if (v.target === "INSTITUTION" && !v.unitId)
      ctx.addIssue({ code: "custom", path: ["unitId"], message: "Pilih instansi." });
  });
export type DeclareConflictInput = z.input<typeof declareConflictSchema>;
