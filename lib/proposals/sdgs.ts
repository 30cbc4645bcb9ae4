/** The 17 Sustainable Development Goals (TPB) by their official Indonesian names: the one table every screen, mail and PDF uses. */
export const SDG_LABELS: Readonly<Record<number, string>> = {
  1: "Tanpa Kemiskinan",
  2: "Tanpa Kelaparan",
  3: "Kehidupan Sehat dan Sejahtera",
  4: "Pendidikan Berkualitas",
  5: "Kesetaraan Gender",
  6: "Air Bersih dan Sanitasi Layak",
  7: "Energi Bersih dan Terjangkau",
  8: "Pekerjaan Layak dan Pertumbuhan Ekonomi",
  9: "Industri, Inovasi dan Infrastruktur",
  10: "Berkurangnya Kesenjangan",
  11: "Kota dan Permukiman yang Berkelanjutan",
  12: "Konsumsi dan Produksi yang Bertanggung Jawab",
  13: "Penanganan Perubahan Iklim",
  14: "Ekosistem Lautan",
  15: "Ekosistem Daratan",
  16: "Perdamaian, Keadilan dan Kelembagaan yang Tangguh",
  17: "Kemitraan untuk Mencapai Tujuan",
};

/** "3. Kehidupan Sehat dan Sejahtera"; a number outside 1–17 (old data) still shows rather than vanishing. */
export function sdgLabel(n: number): string {
  const name = SDG_LABELS[n];
  return name ? `${n}. ${name}` : `TPB ${n}`;
}

/** The goals a proposal supports, in goal order, for a reviewer to read: "1. Tanpa Kemiskinan; 4. …", or "—". */
export function formatSdgs(sdgs: readonly number[]): string {
  if (!sdgs.length) return "—";
  return [...new Set(sdgs)]
    .sort((a, b) => a - b)
    .map(sdgLabel)
    .join("; ");
}
