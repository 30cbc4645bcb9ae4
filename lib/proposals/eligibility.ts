// Automatic flags for the administrative check. They pre-fill the checklist; a person decides.
import { countWords, NEAR_DUPLICATE_THRESHOLD, titleSimilarity } from "./text";

export type FlagKey = "innovation_age" | "duplicate_title" | "previous_winner" | "attachments" | "sections";

export type Flag = { key: FlagKey; label: string; ok: boolean; note: string };

export type EligibilityInput = {
  title: string;
  implementationStartedOn: Date | null;
  /** The reference date for innovation age: the edition's registration close. */
  referenceDate: Date;
  minImplementationMonths: number;
  otherTitles: { id: string; title: string; unitName: string }[];
  previousWins: { year: number; award: string }[];
  excludePreviousWinners: boolean;
  requiredAttachments: { kind: string; label: string }[];
  attachmentKinds: string[];
  sections: { key: string; title: string; required: boolean; wordLimit: number | null; text: string }[];
};

/** Whole months from `start` to `end` (a month counts once its day of month is reached). */
export function monthsBetween(start: Date, end: Date): number {
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + (end.getUTCMonth() - start.getUTCMonth());
  if (end.getUTCDate() < start.getUTCDate()) months--;
  return months;
}

export function eligibilityFlags(input: EligibilityInput): Flag[] {
  const flags: Flag[] = [];

  if (!input.implementationStartedOn) {
    flags.push({
      key: "innovation_age",
      label: "Usia inovasi",
      ok: false,
      note: "Tanggal mulai penerapan belum diisi.",
    });
  } else {
    const months = monthsBetween(input.implementationStartedOn, input.referenceDate);
    const ok = months >= input.minImplementationMonths;
    flags.push({
      key: "innovation_age",
      label: "Usia inovasi",
      ok,
      note: ok
        ? `Sudah berjalan ${months} bulan (minimal ${input.minImplementationMonths}).`
        : `Baru berjalan ${Math.max(0, months)} bulan; minimal ${input.minImplementationMonths} bulan.`,
    });
  }

  const similar = input.otherTitles
    .map((o) => ({ ...o, score: titleSimilarity(input.title, o.title) }))
    .filter((o) => o.score >= NEAR_DUPLICATE_THRESHOLD)
    .sort((a, b) => b.score - a.score);
  flags.push({
    key: "duplicate_title",
    label: "Judul ganda",
    ok: similar.length === 0,
    note: similar.length
      ? `Mirip dengan: ${similar
          .slice(0, 3)
          .map((s) => `"${s.title}" (${s.unitName})`)
          .join("; ")}.`
      : "Tidak ada judul yang sama atau mirip pada edisi ini.",
  });

  const won = input.previousWins;
  flags.push({
    key: "previous_winner",
    label: "Pemenang sebelumnya",
    ok: !(input.excludePreviousWinners && won.length > 0),
    note: won.length ? `Pernah meraih: ${won.map((w) => `${w.award} ${w.year}`).join(", ")}.` : "Belum pernah menang.",
  });

  const missing = input.requiredAttachments.filter((r) => !input.attachmentKinds.includes(r.kind));
  flags.push({
    key: "attachments",
    label: "Lampiran wajib",
    ok: missing.length === 0,
    note: missing.length ? `Belum ada: ${missing.map((m) => m.label).join(", ")}.` : "Semua lampiran wajib ada.",
  });

  const problems: string[] = [];
  for (const s of input.sections) {
    const words = countWords(s.text);
    if (s.required && words === 0) problems.push(`"${s.title}" kosong`);
    else if (s.wordLimit && words > s.wordLimit) problems.push(`"${s.title}" ${words} kata (batas ${s.wordLimit})`);
  }
  flags.push({
    key: "sections",
    label: "Isian bagian",
    ok: problems.length === 0,
    note: problems.length ? `${problems.join("; ")}.` : "Semua bagian wajib terisi dalam batas kata.",
  });

  return flags;
}
