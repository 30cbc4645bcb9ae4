// The rules of a round and its rubric, pure so the forms (live totals), the schemas and the services (on
// the server, with the stored edition) apply the same ones. Tested in round-rules.test.ts.
import { formatDateTimeWIB } from "@/lib/format/date";

/** Percent totals are compared in hundredths, so 33.33 + 33.33 + 33.34 is exactly 100. */
export const toHundredths = (n: number) => Math.round(n * 100);

/** The sum of percent weights, rounded to hundredths (what the screen shows). */
export function percentTotal(weights: number[]): number {
  return weights.reduce((sum, w) => sum + toHundredths(w), 0) / 100;
}

export const isHundred = (weights: number[]) => weights.reduce((sum, w) => sum + toHundredths(w), 0) === 10_000;

type Level = { min: number; max: number };

/**
 * What is wrong with a criterion's guidance levels, or null: each level lies in the scale with min ≤ max,
 * and together they run from scaleMin to scaleMax without gap or overlap, in ascending order. No levels at
 * all is allowed (the guidance is then the description alone).
 */
export function levelsIssue(levels: Level[], scaleMin: number, scaleMax: number): string | null {
  if (levels.length === 0) return null;
  let next = scaleMin;
  for (const l of levels) {
    if (l.min > l.max) return `Tingkat ${l.min}–${l.max}: batas bawah melebihi batas atas.`;
    if (l.min !== next) return `Tingkat panduan harus bersambung dari ${scaleMin} sampai ${scaleMax} tanpa celah atau tumpang-tindih (mulai ${next}, bukan ${l.min}).`;
    next = l.max + 1;
  }
  if (next - 1 !== scaleMax) return `Tingkat panduan harus berakhir di nilai tertinggi skala (${scaleMax}).`;
  return null;
}

type Window = { opensAt: Date | null; closesAt: Date | null };
type EditionTimeline = { registrationClosesAt: Date | null; announcementAt: Date | null };
export type WindowIssue = { field: "opensAt" | "closesAt"; message: string };

/**
 * Where a round's window breaks the edition's timeline, or null. A round is judged after registration
 * closes and before the winners are announced, and rounds follow each other: a round opens no earlier than
 * the round before it closes, and closes no later than the round after it opens.
 */
export function windowIssue(
  edition: EditionTimeline,
  window: Window,
  neighbours: { previous?: (Window & { name: string }) | null; next?: (Window & { name: string }) | null } = {},
): WindowIssue | null {
  const { opensAt, closesAt } = window;
  if (opensAt && closesAt && closesAt <= opensAt) return { field: "closesAt", message: "Waktu tutup harus setelah waktu buka." };
  const regCloses = edition.registrationClosesAt;
  if (opensAt && regCloses && opensAt < regCloses) {
    return { field: "opensAt", message: `Babak dibuka setelah pendaftaran ditutup (${formatDateTimeWIB(regCloses)}).` };
  }
  const announce = edition.announcementAt;
  if (closesAt && announce && closesAt > announce) {
    return { field: "closesAt", message: `Babak harus ditutup sebelum pengumuman pemenang (${formatDateTimeWIB(announce)}).` };
  }
  const prev = neighbours.previous;
  if (opensAt && prev?.closesAt && opensAt < prev.closesAt) {
    return { field: "opensAt", message: `Babak dibuka setelah babak sebelumnya (${prev.name}) ditutup pada ${formatDateTimeWIB(prev.closesAt)}.` };
  }
  const next = neighbours.next;
  if (closesAt && next?.opensAt && closesAt > next.opensAt) {
    return { field: "closesAt", message: `Babak ditutup sebelum babak berikutnya (${next.name}) dibuka pada ${formatDateTimeWIB(next.opensAt)}.` };
  }
  return null;
}
