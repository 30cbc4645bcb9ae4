// The national (KIPP) rules a nomination must meet, as pure functions: the admin's screen shows them per
// candidate, the service refuses a nomination that fails one, and the nomination keeps what was checked.
import type { NationalStage } from "@/lib/generated/prisma/enums";

export type NationalRule = "implementation-age" | "earlier-national-award" | "national-quota";

export type RuleCheck = { rule: NationalRule; passed: boolean; detail: string };

export const RULE_LABEL: Record<NationalRule, string> = {
  "implementation-age": "Usia penerapan inovasi",
  "earlier-national-award": "Belum pernah meraih penghargaan KIPP",
  "national-quota": "Kuota nominasi nasional instansi",
};

/** The stages of the national competition, in the order an entry passes them. */
export const STAGE_ORDER: readonly NationalStage[] = [
  "SUBMITTED",
  "PASSED_ADMINISTRATION",
  "TOP_99",
  "TOP_45",
  "AWARDED",
] as const;

export const STAGE_LABEL: Record<NationalStage, string> = {
  SUBMITTED: "Diusulkan ke SiNoVik",
  PASSED_ADMINISTRATION: "Lolos administrasi nasional",
  TOP_99: "Top 99 KIPP",
  TOP_45: "Top 45 KIPP",
  AWARDED: "Penghargaan KIPP",
  NOT_ADVANCED: "Tidak melaju",
};

/** Reaching one of these stages counts as a national award: such an innovation is not nominated again. */
export const NATIONAL_AWARD_STAGES: readonly NationalStage[] = ["TOP_45", "AWARDED"];

/** Whole calendar months from `from` to `to` (a month counts once the same day of the month is reached). */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months--;
  return months;
}

export type NominationFacts = {
  implementationStartedOn: Date | null;
  minImplementationMonths: number;
  /** Earlier editions' nominations of the same innovation that reached a national award stage. */
  earlierNationalAwards: { year: number; stage: NationalStage }[];
  /** Nominations the proposal's institution already has in this edition (not counting this one). */
  institutionNominations: number;
  nationalQuota: number;
  institutionName: string;
  now: Date;
};

export function checkNationalRules(f: NominationFacts): RuleCheck[] {
  const age = f.implementationStartedOn ? monthsBetween(f.implementationStartedOn, f.now) : null;
  const minYears = f.minImplementationMonths % 12 === 0 ? `${f.minImplementationMonths / 12} tahun` : null;
  const minText = minYears ?? `${f.minImplementationMonths} bulan`;
  const award = f.earlierNationalAwards[0];
  return [
    {
      rule: "implementation-age",
      passed: age !== null && age >= f.minImplementationMonths,
      detail:
        age === null
          ? "Tanggal mulai penerapan belum diisi."
          : age >= f.minImplementationMonths
            ? `Sudah diterapkan ${age} bulan (minimal ${minText}).`
            : `Baru diterapkan ${Math.max(0, age)} bulan; KIPP mensyaratkan minimal ${minText}.`,
    },
    {
      rule: "earlier-national-award",
      passed: !award,
      detail: award
        ? `Inovasi ini sudah meraih ${STAGE_LABEL[award.stage]} pada ${award.year}.`
        : "Belum pernah meraih penghargaan KIPP.",
    },
    {
      rule: "national-quota",
      passed: f.institutionNominations < f.nationalQuota,
      detail:
        f.institutionNominations < f.nationalQuota
          ? `${f.institutionName}: ${f.institutionNominations} dari ${f.nationalQuota} nominasi terpakai.`
          : `${f.institutionName} sudah memakai seluruh kuota nasional (${f.nationalQuota} nominasi).`,
    },
  ];
}

export const allPassed = (checks: RuleCheck[]) => checks.every((c) => c.passed);

/** The furthest stage in a history (NOT_ADVANCED ends it), or null when nothing is recorded. */
export function currentStage(history: { stage: NationalStage }[]): NationalStage | null {
  if (history.some((h) => h.stage === "NOT_ADVANCED")) return "NOT_ADVANCED";
  let best = -1;
  for (const h of history) best = Math.max(best, STAGE_ORDER.indexOf(h.stage));
  return best < 0 ? null : STAGE_ORDER[best]!;
}

/** Why a stage cannot be recorded after this history, or null when it can. */
export function stageProblem(history: { stage: NationalStage }[], stage: NationalStage): string | null {
  const current = currentStage(history);
  if (history.some((h) => h.stage === stage)) return `Tahap "${STAGE_LABEL[stage]}" sudah tercatat.`;
  if (current === "NOT_ADVANCED") return "Nominasi ini sudah tercatat tidak melaju; tidak ada tahap berikutnya.";
  if (stage === "NOT_ADVANCED") return current === "AWARDED" ? "Nominasi ini sudah meraih penghargaan." : null;
  if (current && STAGE_ORDER.indexOf(stage) < STAGE_ORDER.indexOf(current))
    return `Tahap ini sebelum tahap terakhir yang tercatat ("${STAGE_LABEL[current]}").`;
  return null;
}
