import "server-only";
import { prisma } from "@/lib/db";
import { toCsv } from "@/lib/format/spreadsheet-cell";
import { currentStage, STAGE_LABEL } from "@/lib/nominations/rules";
import { editionVisibility, publicEditionYears, publicLinesWhere } from "@/lib/public-site/visibility";

// Open data: the published results of an edition as CSV and JSON at stable addresses (/data/hasil-<year>.csv,
// .json), under CC BY 4.0. Only what lib/public-site/visibility.ts shows: finalists once announced; ranks,
// scores, awards and national outcomes once the winners are published. CSV cells are neutralised against
// formula injection (lib/format/spreadsheet-cell.ts).

export const OPEN_DATA_LICENSE = {
  name: "Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)",
  id: "CC-BY-4.0",
  url: "https://creativecommons.org/licenses/by/4.0/deed.id",
} as const;

export const OPEN_DATA_PUBLISHER = "Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur";

export const openDataPath = (year: number, format: "csv" | "json") => `/data/hasil-${year}.${format}`;

/** "hasil-2026.csv" → { year, format }, or null for any other name. */
export function parseOpenDataFile(name: string): { year: number; format: "csv" | "json" } | null {
  const m = /^hasil-(\d{4})\.(csv|json)$/.exec(name);
  return m ? { year: Number(m[1]), format: m[2] as "csv" | "json" } : null;
}

export const OPEN_DATA_FIELDS = [
  ["tahun", "Tahun edisi KOVABLIK"],
  ["peringkat", "Peringkat akhir (kosong sebelum pemenang diumumkan)"],
  ["judul", "Judul inovasi"],
  ["unit", "Unit pelayanan pengusul"],
  ["instansi", "Instansi (kabupaten/kota, perangkat daerah provinsi, atau BUMD)"],
  ["kode_wilayah", "Kode wilayah Kemendagri kabupaten/kota (kosong untuk perangkat daerah provinsi dan BUMD)"],
  ["kelompok", "Kelompok inovasi"],
  ["kategori", "Kategori inovasi"],
  ["status", "Finalis atau Top N"],
  ["nilai_akhir", "Nilai akhir (kosong sebelum pemenang diumumkan)"],
  ["penghargaan", "Penghargaan yang diraih, dipisah titik koma"],
  ["kipp", "Tahap terakhir di KIPP nasional"],
] as const;

export type OpenDataRecord = Record<(typeof OPEN_DATA_FIELDS)[number][0], string | number | null>;

export async function openDataYears(now = new Date()): Promise<number[]> {
  const out: number[] = [];
  for (const y of await publicEditionYears(now)) {
    const v = await editionVisibility(y, now);
    if (v && publicLinesWhere(v)) out.push(y);
  }
  return out;
}

/** The published results of one edition, or null when nothing of it is public. */
export async function openDataFor(year: number, now = new Date()) {
  const v = await editionVisibility(year, now);
  const where = v && publicLinesWhere(v);
  if (!v || !where) return null;
  const lines = await prisma.resultLine.findMany({
    where,
    orderBy: v.winnersVisible ? { rank: "asc" } : { proposal: { title: "asc" } },
    select: {
      rank: true,
      tier: true,
      finalScore: true,
      proposal: {
        select: {
          title: true,
          unit: { select: { name: true } },
          institution: { select: { name: true, regionCode: true, kind: true } },
          group: { select: { name: true } },
          category: { select: { name: true } },
          awards: { where: { resultId: v.resultId! }, orderBy: { order: "asc" }, select: { name: true } },
          nomination: { select: { outcomes: { select: { stage: true } } } },
        },
      },
    },
  });
  const records: OpenDataRecord[] = lines.map((l) => {
    const p = l.proposal;
    const stage = v.winnersVisible && p.nomination ? currentStage(p.nomination.outcomes) : null;
    return {
      tahun: year,
      peringkat: v.winnersVisible ? l.rank : null,
      judul: p.title,
      unit: p.unit.name,
      instansi: p.institution.name,
      kode_wilayah:
        p.institution.kind === "KABUPATEN" || p.institution.kind === "KOTA" ? p.institution.regionCode : null,
      kelompok: p.group?.name ?? null,
      kategori: p.category?.name ?? null,
      status: l.tier === "TOP_N" && v.winnersVisible ? "Top N" : "Finalis",
      nilai_akhir: v.winnersVisible ? Number(l.finalScore) : null,
      penghargaan: v.winnersVisible ? p.awards.map((a) => a.name).join("; ") || null : null,
      kipp: stage ? STAGE_LABEL[stage] : null,
    };
  });
  return {
    title: `Hasil KOVABLIK ${year}`,
    publisher: OPEN_DATA_PUBLISHER,
    license: OPEN_DATA_LICENSE,
    edition: year,
    resultVersion: v.resultVersion,
    winnersPublished: v.winnersVisible,
    fields: OPEN_DATA_FIELDS.map(([name, description]) => ({ name, description })),
    records,
  };
}

export function openDataCsv(data: NonNullable<Awaited<ReturnType<typeof openDataFor>>>): string {
  return toCsv([
    OPEN_DATA_FIELDS.map(([name]) => name),
    ...data.records.map((r) => OPEN_DATA_FIELDS.map(([name]) => r[name])),
  ]);
}
