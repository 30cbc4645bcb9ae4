// Rubrics an admin starts a round from. Pure data: the add-round form lists them, the rubric editor loads one
// into its rows, and the seed uses the desk preset. Every preset is an editable starting point, never a
// constraint: once applied, the round owns its copy (see docs/decisions/012-rounds-and-rubrics.md).

export type RubricLevel = { min: number; max: number; label: string; text: string };
export type RubricCriterion = {
  name: string;
  description: string;
  /** Percent of the round's total; the criteria of a rubric sum to 100. */
  weight: number;
  scaleMin: number;
  scaleMax: number;
  levels: RubricLevel[];
};
export type RubricPreset = { key: RubricPresetKey; label: string; description: string; criteria: RubricCriterion[] };

export const RUBRIC_PRESET_KEYS = ["NATIONAL_CORE", "KOVABLIK_DESK", "KOVABLIK_PRESENTATION"] as const;
export type RubricPresetKey = (typeof RUBRIC_PRESET_KEYS)[number];

/** The four bands of a 1–10 scale every preset uses; each criterion says what a band means for it. */
function levels(kurang: string, cukup: string, baik: string, sangatBaik: string): RubricLevel[] {
  return [
    { min: 1, max: 4, label: "Kurang", text: kurang },
    { min: 5, max: 6, label: "Cukup", text: cukup },
    { min: 7, max: 8, label: "Baik", text: baik },
    { min: 9, max: 10, label: "Sangat baik", text: sangatBaik },
  ];
}

const criterion = (name: string, weight: number, description: string, bands: RubricLevel[]): RubricCriterion => ({
  name,
  description,
  weight,
  scaleMin: 1,
  scaleMax: 10,
  levels: bands,
});

const NATIONAL_CORE: RubricPreset = {
  key: "NATIONAL_CORE",
  label: "Kriteria inti nasional (KIPP)",
  description: "Lima kriteria inti penilaian inovasi pelayanan publik nasional, berbobot sama.",
  criteria: [
    criterion(
      "Kebaruan",
      20,
      "Kebaruan gagasan, pendekatan, atau cara kerja dibandingkan praktik sebelumnya dan inovasi serupa.",
      levels(
        "Praktik yang sudah umum; tidak ada unsur baru yang jelas.",
        "Ada modifikasi kecil atas praktik yang sudah ada.",
        "Pendekatan baru di lingkup daerahnya, dengan pembeda yang jelas.",
        "Gagasan orisinal yang belum ada padanannya, pembedanya terbukti.",
      ),
    ),
    criterion(
      "Efektivitas",
      20,
      "Sejauh mana inovasi menyelesaikan masalah pelayanan yang dituju, dengan bukti.",
      levels(
        "Masalah tidak terjawab atau tidak ada bukti hasil.",
        "Sebagian masalah terjawab; bukti masih lemah.",
        "Masalah utama terjawab dengan data sebelum–sesudah.",
        "Masalah terjawab tuntas, hasil terukur dan terverifikasi.",
      ),
    ),
    criterion(
      "Kemanfaatan",
      20,
      "Manfaat nyata dan terukur bagi penerima layanan dan kelompok rentan.",
      levels(
        "Manfaat tidak jelas atau hanya bagi internal unit.",
        "Manfaat ada tetapi terbatas dan belum terukur.",
        "Manfaat luas dan terukur bagi penerima layanan.",
        "Manfaat besar, terukur, menjangkau kelompok rentan.",
      ),
    ),
    criterion(
      "Kemudahan direplikasi",
      20,
      "Dapat diterapkan unit atau daerah lain dengan sumber daya yang wajar.",
      levels(
        "Sangat bergantung pada kondisi khusus; sulit ditiru.",
        "Dapat ditiru dengan penyesuaian besar.",
        "Dapat ditiru dengan panduan dan biaya wajar.",
        "Sudah atau mudah direplikasi, dengan panduan yang tersedia.",
      ),
    ),
    criterion(
      "Keberlanjutan",
      20,
      "Dukungan regulasi, anggaran, SDM, dan kelembagaan agar inovasi terus berjalan.",
      levels(
        "Belum ada dukungan; bergantung pada satu orang.",
        "Ada dukungan sebagian (mis. anggaran tanpa regulasi).",
        "Didukung regulasi, anggaran, dan SDM yang jelas.",
        "Terlembagakan penuh dan terbukti bertahan lintas tahun anggaran.",
      ),
    ),
  ],
};

const KOVABLIK_DESK: RubricPreset = {
  key: "KOVABLIK_DESK",
  label: "Evaluasi proposal KOVABLIK (per bagian proposal)",
  description:
    "Bobot per bagian proposal: latar belakang 10, kebaruan 15, implementasi 5, signifikansi 30, adaptabilitas 20, sumber daya 5, keberlanjutan 15.",
  criteria: [
    criterion(
      "Latar belakang dan tujuan",
      10,
      "Masalah pelayanan sebelum inovasi dijelaskan dengan data, dan tujuan inovasi jelas.",
      levels(
        "Masalah tidak dijelaskan atau tanpa data.",
        "Masalah dijelaskan umum, data minim.",
        "Masalah dan tujuan jelas, didukung data.",
        "Masalah dan tujuan tajam, data lengkap dan relevan.",
      ),
    ),
    criterion(
      "Kebaruan",
      15,
      "Apa yang baru dibandingkan cara lama atau inovasi serupa.",
      levels(
        "Tidak ada unsur baru.",
        "Unsur baru kecil atau belum dijelaskan pembedanya.",
        "Unsur baru jelas dibandingkan inovasi serupa.",
        "Orisinal dan pembedanya diuraikan dengan meyakinkan.",
      ),
    ),
    criterion(
      "Implementasi",
      5,
      "Langkah pelaksanaan, pemangku kepentingan, dan lini masa.",
      levels(
        "Langkah pelaksanaan tidak jelas.",
        "Langkah ada tetapi peran pemangku kepentingan kabur.",
        "Langkah, peran, dan lini masa jelas.",
        "Pelaksanaan runtut dengan kolaborasi yang kuat dan terdokumentasi.",
      ),
    ),
    criterion(
      "Signifikansi",
      30,
      "Dampak nyata: perubahan terukur sebelum dan sesudah inovasi, dengan bukti.",
      levels(
        "Dampak tidak ditunjukkan.",
        "Dampak diklaim tanpa bukti yang memadai.",
        "Dampak terukur dengan bukti (data, testimoni, dokumen).",
        "Dampak besar, terukur, dan terverifikasi dari beberapa sumber.",
      ),
    ),
    criterion(
      "Adaptabilitas",
      20,
      "Kemampuan inovasi diterapkan atau disesuaikan oleh unit dan daerah lain.",
      levels(
        "Tidak dapat diterapkan di tempat lain.",
        "Mungkin diterapkan dengan penyesuaian besar.",
        "Dapat diterapkan dengan syarat yang jelas.",
        "Telah direplikasi atau siap direplikasi dengan panduan.",
      ),
    ),
    criterion(
      "Sumber daya",
      5,
      "Anggaran, SDM, dan sarana yang dipakai, serta efisiensinya.",
      levels(
        "Sumber daya tidak dijelaskan.",
        "Dijelaskan sebagian.",
        "Dijelaskan lengkap dan wajar.",
        "Lengkap, efisien, dan memanfaatkan sumber daya yang ada.",
      ),
    ),
    criterion(
      "Strategi keberlanjutan",
      15,
      "Regulasi, anggaran, kelembagaan, dan rencana agar inovasi terus berjalan.",
      levels(
        "Tidak ada strategi keberlanjutan.",
        "Strategi umum tanpa dukungan nyata.",
        "Strategi jelas dengan dukungan regulasi atau anggaran.",
        "Terlembagakan, dengan rencana pengembangan yang konkret.",
      ),
    ),
  ],
};

const KOVABLIK_PRESENTATION: RubricPreset = {
  key: "KOVABLIK_PRESENTATION",
  label: "Presentasi dan wawancara KOVABLIK",
  description: "Penyampaian 30, substansi 50, video 10, kehadiran kepala daerah 10.",
  criteria: [
    criterion(
      "Penyampaian",
      30,
      "Presentasi runtut, jelas, tepat waktu, dan jawaban wawancara lugas.",
      levels(
        "Tidak runtut, melebihi waktu, jawaban tidak menjawab.",
        "Cukup jelas, sebagian jawaban kurang tepat.",
        "Runtut, tepat waktu, jawaban jelas.",
        "Sangat meyakinkan, tepat waktu, jawaban tajam dan berbasis data.",
      ),
    ),
    criterion(
      "Substansi",
      50,
      "Kedalaman isi: masalah, solusi, dampak, dan keberlanjutan yang dapat diverifikasi saat wawancara.",
      levels(
        "Isi dangkal atau bertentangan dengan proposal.",
        "Isi sesuai proposal tanpa bukti tambahan.",
        "Isi mendalam dengan bukti pendukung.",
        "Isi sangat mendalam, bukti kuat dan terverifikasi.",
      ),
    ),
    criterion(
      "Video",
      10,
      "Video inovasi (paling lama 3 menit): informatif, menggambarkan layanan nyata.",
      levels(
        "Tidak ada video atau tidak relevan.",
        "Video ada tetapi kurang informatif.",
        "Video informatif dan menggambarkan layanan nyata.",
        "Video sangat informatif, kuat, dan sesuai durasi.",
      ),
    ),
    criterion(
      "Kehadiran kepala daerah",
      10,
      "Kehadiran dan dukungan kepala daerah atau pimpinan instansi dalam presentasi.",
      levels(
        "Tidak hadir dan tidak diwakili.",
        "Diwakili pejabat lain.",
        "Hadir.",
        "Hadir dan menyampaikan komitmen dukungan yang konkret.",
      ),
    ),
  ],
};

export const RUBRIC_PRESETS: Record<RubricPresetKey, RubricPreset> = {
  NATIONAL_CORE,
  KOVABLIK_DESK,
  KOVABLIK_PRESENTATION,
};

/** A fresh copy, so whoever edits it never changes the preset itself. */
export function presetCriteria(key: RubricPresetKey): RubricCriterion[] {
  return RUBRIC_PRESETS[key].criteria.map((c) => ({ ...c, levels: c.levels.map((l) => ({ ...l })) }));
}
