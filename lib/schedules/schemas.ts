// Inputs of a round's schedule (presentation slots and panels, site visits), shared by the forms (client) and
// the server actions. Pure.
import { z } from "zod";
import { WIB_INPUT_RE } from "@/lib/format/wib-input";

const id = z.string().trim().min(1, "Data tidak lengkap.").max(64);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A calendar date typed in a date input ("2027-04-19"), checked to exist (no 30 February). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const calendarDate = z.string().trim().refine(isCalendarDate, "Isi tanggal yang benar (hari/bulan/tahun).");
const clock = z.string().trim().regex(TIME_RE, "Isi jam dengan format JJ:MM, misalnya 08:00.");

export const scheduleDaySchema = z
  .object({ date: calendarDate, start: clock, end: clock })
  .refine((d) => d.end > d.start, { path: ["end"], message: "Jam selesai harus setelah jam mulai." });
export type ScheduleDay = z.infer<typeof scheduleDaySchema>;

const minutes = (label: string, min: number, max: number) =>
  z.coerce
    .number(`${label} harus berupa angka menit.`)
    .int(`${label} harus bilangan bulat.`)
    .min(min, `${label} minimal ${min} menit.`)
    .max(max, `${label} maksimal ${max} menit.`);

export const DEFAULT_PRESENTATION_MINUTES = 7;
export const DEFAULT_INTERVIEW_MINUTES = 13;

export const scheduleSettingsSchema = z
  .object({
    roundId: id,
    presentationMinutes: minutes("Waktu presentasi", 1, 120),
    interviewMinutes: minutes("Waktu wawancara", 0, 120),
    breakMinutes: minutes("Jeda antarslot", 0, 60),
    days: z
      .array(scheduleDaySchema)
      .min(1, "Tambahkan minimal satu hari presentasi.")
      .max(31, "Paling banyak 31 hari."),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.days.forEach((d, i) => {
      if (seen.has(d.date))
        ctx.addIssue({ code: "custom", path: ["days", i, "date"], message: "Tanggal ini sudah ada di daftar." });
      seen.add(d.date);
    });
  });
export type ScheduleSettingsInput = z.infer<typeof scheduleSettingsSchema>;

const panelName = z.string().trim().min(1, "Isi nama panel atau ruang.").max(80, "Nama panel maksimal 80 karakter.");
const judgeIds = z.array(id).max(50, "Terlalu banyak juri.");

export const addPanelSchema = z.object({ roundId: id, name: panelName, judgeIds });
export type AddPanelInput = z.infer<typeof addPanelSchema>;
export const updatePanelSchema = z.object({ roundId: id, panelId: id, name: panelName, judgeIds });
export type UpdatePanelInput = z.infer<typeof updatePanelSchema>;
export const removePanelSchema = z.object({ roundId: id, panelId: id });
export type RemovePanelInput = z.infer<typeof removePanelSchema>;

/** Fill, clear, publish and withdraw the publication: the round is all they need. */
export const roundOnlySchema = z.object({ roundId: id });
export type RoundOnlyInput = z.infer<typeof roundOnlySchema>;

/** Move an entry to a slot (panel + start in WIB); an occupied slot swaps the two entries. */
export const moveEntrySchema = z.object({
  roundId: id,
  proposalId: id,
  panelId: z.string().trim().min(1, "Pilih slot tujuan.").max(64),
  startsAt: z.string().trim().regex(WIB_INPUT_RE, "Pilih slot tujuan."),
});
export type MoveEntryInput = z.infer<typeof moveEntrySchema>;

export const evaluatorSchema = z.object({
  name: z.string().trim().min(2, "Isi nama penilai, minimal 2 karakter.").max(120, "Nama maksimal 120 karakter."),
  role: z.string().trim().min(2, "Isi peran penilai, misalnya Sekretariat.").max(120, "Peran maksimal 120 karakter."),
});
export type Evaluator = z.infer<typeof evaluatorSchema>;

export const siteVisitSchema = z.object({
  roundId: id,
  proposalId: id,
  visitDate: calendarDate,
  judgeIds: z.array(id).min(1, "Pilih minimal satu juri (anggota panel).").max(20, "Terlalu banyak juri."),
  evaluators: z
    .array(evaluatorSchema)
    .min(1, "Tambahkan minimal satu penilai (misalnya staf sekretariat).")
    .max(10, "Paling banyak 10 penilai."),
  note: z.string().trim().max(500, "Catatan maksimal 500 karakter."),
});
export type SiteVisitInput = z.infer<typeof siteVisitSchema>;

export const removeSiteVisitSchema = z.object({ roundId: id, proposalId: id });
export type RemoveSiteVisitInput = z.infer<typeof removeSiteVisitSchema>;

/** Parses the stored JSON of days, dropping what no longer validates (it was checked when saved). */
export function storedDays(value: unknown): ScheduleDay[] {
  const parsed = z.array(scheduleDaySchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}
export function storedEvaluators(value: unknown): Evaluator[] {
  const parsed = z.array(evaluatorSchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}
