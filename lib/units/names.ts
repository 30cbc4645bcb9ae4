// East Java's kabupaten and kota with their official region codes (Kemendagri): 35 is Jawa Timur,
// 35.01–35.29 the kabupaten, 35.71–35.79 the kota. Seven names exist as both a kabupaten and a kota, so the
// display name always carries the kind.
export const PROVINCE = { code: "35", name: "Provinsi Jawa Timur" } as const;

export const KABUPATEN = [
  "Pacitan",
  "Ponorogo",
  "Trenggalek",
  "Tulungagung",
  "Blitar",
  "Kediri",
  "Malang",
  "Lumajang",
  "Jember",
  "Banyuwangi",
  "Bondowoso",
  "Situbondo",
  "Probolinggo",
  "Pasuruan",
  "Sidoarjo",
  "Mojokerto",
  "Jombang",
  "Nganjuk",
  "Madiun",
  "Magetan",
  "Ngawi",
  "Bojonegoro",
  "Tuban",
  "Lamongan",
  "Gresik",
  "Bangkalan",
  "Sampang",
  "Pamekasan",
  "Sumenep",
] as const;

export const KOTA = [
  "Kediri",
  "Blitar",
  "Malang",
  "Probolinggo",
  "Pasuruan",
  "Mojokerto",
  "Madiun",
  "Surabaya",
  "Batu",
] as const;

export type Region = { code: string; kind: "KABUPATEN" | "KOTA"; shortName: string; name: string };

export const REGIONS: Region[] = [
  ...KABUPATEN.map((shortName, i) => ({
    code: `35.${String(i + 1).padStart(2, "0")}`,
    kind: "KABUPATEN" as const,
    shortName,
    name: `Kabupaten ${shortName}`,
  })),
  ...KOTA.map((shortName, i) => ({
    code: `35.${71 + i}`,
    kind: "KOTA" as const,
    shortName,
    name: `Kota ${shortName}`,
  })),
];

export const UNIT_KIND_LABEL = {
  PROVINCE: "Provinsi",
  KABUPATEN: "Kabupaten",
  KOTA: "Kota",
  PROVINCIAL_AGENCY: "Perangkat Daerah Provinsi",
  REGIONAL_AGENCY: "Perangkat Daerah Kabupaten/Kota",
  SERVICE_UNIT: "Unit Pelayanan",
  BUMD: "BUMD",
} as const;
