// The demo edition and organisation used by `npm run db:seed` and by the tests.
import { presetCriteria } from "@/lib/judging/rubric-presets";
import { PROVINCE, REGIONS } from "@/lib/units/names";

export type SeedUnit = {
  id: string;
  kind: "PROVINCE" | "KABUPATEN" | "KOTA" | "PROVINCIAL_AGENCY" | "REGIONAL_AGENCY" | "SERVICE_UNIT" | "BUMD";
  name: string;
  shortName?: string;
  regionCode?: string;
  parentId?: string;
  isInstitution?: boolean;
};

const regionId = (code: string) => `unit-${code.replace(".", "-")}`;
export const UNIT_IDS = {
  province: "unit-35",
  kabMalang: regionId("35.07"),
  kotaMalang: regionId("35.73"),
  kotaSurabaya: regionId("35.78"),
  kabBanyuwangi: regionId("35.10"),
  dinkesProv: "unit-prov-dinkes",
  dinkesKabMalang: "unit-3507-dinkes",
  puskesmasKepanjen: "unit-3507-pkm-kepanjen",
  dinkesKotaMalang: "unit-3573-dinkes",
  puskesmasKendalkerep: "unit-3573-pkm-kendalkerep",
  bankJatim: "unit-bumd-bankjatim",
} as const;

const provincialAgencies: [string, string][] = [
  ["unit-prov-biro-organisasi", "Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur"],
  [UNIT_IDS.dinkesProv, "Dinas Kesehatan Provinsi Jawa Timur"],
  ["unit-prov-dindik", "Dinas Pendidikan Provinsi Jawa Timur"],
  ["unit-prov-dinsos", "Dinas Sosial Provinsi Jawa Timur"],
  ["unit-prov-dishub", "Dinas Perhubungan Provinsi Jawa Timur"],
  ["unit-prov-kominfo", "Dinas Komunikasi dan Informatika Provinsi Jawa Timur"],
  ["unit-prov-bapenda", "Badan Pendapatan Daerah Provinsi Jawa Timur"],
  ["unit-prov-dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Timur"],
  ["unit-prov-disnakertrans", "Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Timur"],
  ["unit-prov-dlh", "Dinas Lingkungan Hidup Provinsi Jawa Timur"],
  ["unit-prov-bpbd", "Badan Penanggulangan Bencana Daerah Provinsi Jawa Timur"],
];

const bumd: [string, string][] = [
  [UNIT_IDS.bankJatim, "PT Bank Pembangunan Daerah Jawa Timur Tbk (Bank Jatim)"],
  ["unit-bumd-jamkrida", "PT Penjaminan Kredit Daerah Jawa Timur (Jamkrida Jatim)"],
  ["unit-bumd-bpr", "PT BPR Jatim (Bank UMKM Jawa Timur)"],
  ["unit-bumd-pwu", "PT Panca Wira Usaha Jawa Timur"],
  ["unit-bumd-jgu", "PT Jatim Grha Utama"],
];

export const SEED_UNITS: SeedUnit[] = [
  { id: UNIT_IDS.province, kind: "PROVINCE", name: PROVINCE.name, shortName: "Jawa Timur", regionCode: PROVINCE.code },
  ...REGIONS.map((r) => ({
    id: regionId(r.code),
    kind: r.kind,
    name: r.name,
    shortName: r.shortName,
    regionCode: r.code,
    isInstitution: true,
  })),
  ...provincialAgencies.map(([id, name]) => ({
    id,
    kind: "PROVINCIAL_AGENCY" as const,
    name,
    parentId: UNIT_IDS.province,
    isInstitution: true,
  })),
  ...bumd.map(([id, name]) => ({ id, kind: "BUMD" as const, name, isInstitution: true })),
  // Service units and regional agencies below some of them.
  { id: "unit-prov-rsud-soetomo", kind: "SERVICE_UNIT", name: "RSUD Dr. Soetomo", parentId: UNIT_IDS.dinkesProv },
  {
    id: "unit-prov-rsud-saiful-anwar",
    kind: "SERVICE_UNIT",
    name: "RSUD Dr. Saiful Anwar",
    parentId: UNIT_IDS.dinkesProv,
  },
  {
    id: "unit-prov-upt-ppd-sby-utara",
    kind: "SERVICE_UNIT",
    name: "UPT Pendapatan Daerah Surabaya Utara",
    parentId: "unit-prov-bapenda",
  },
  {
    id: "unit-prov-cabdin-malang",
    kind: "SERVICE_UNIT",
    name: "Cabang Dinas Pendidikan Wilayah Malang",
    parentId: "unit-prov-dindik",
  },
  {
    id: UNIT_IDS.dinkesKabMalang,
    kind: "REGIONAL_AGENCY",
    name: "Dinas Kesehatan Kabupaten Malang",
    parentId: UNIT_IDS.kabMalang,
  },
  {
    id: UNIT_IDS.puskesmasKepanjen,
    kind: "SERVICE_UNIT",
    name: "Puskesmas Kepanjen",
    parentId: UNIT_IDS.dinkesKabMalang,
  },
  {
    id: "unit-3507-dukcapil",
    kind: "REGIONAL_AGENCY",
    name: "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Malang",
    parentId: UNIT_IDS.kabMalang,
  },
  {
    id: UNIT_IDS.dinkesKotaMalang,
    kind: "REGIONAL_AGENCY",
    name: "Dinas Kesehatan Kota Malang",
    parentId: UNIT_IDS.kotaMalang,
  },
  {
    id: UNIT_IDS.puskesmasKendalkerep,
    kind: "SERVICE_UNIT",
    name: "Puskesmas Kendalkerep",
    parentId: UNIT_IDS.dinkesKotaMalang,
  },
  {
    id: "unit-3578-dispendukcapil",
    kind: "REGIONAL_AGENCY",
    name: "Dinas Kependudukan dan Pencatatan Sipil Kota Surabaya",
    parentId: UNIT_IDS.kotaSurabaya,
  },
  {
    id: "unit-3510-dpmptsp",
    kind: "REGIONAL_AGENCY",
    name: "Dinas Penanaman Modal dan PTSP Kabupaten Banyuwangi",
    parentId: UNIT_IDS.kabBanyuwangi,
  },
  {
    id: "unit-bumd-bankjatim-kc-malang",
    kind: "SERVICE_UNIT",
    name: "Bank Jatim Kantor Cabang Malang",
    parentId: UNIT_IDS.bankJatim,
  },
];

/** Demo accounts: for the embedded demo database only. */
export const DEMO_PASSWORD = "Kovablik#2026";
export const DEMO_USERS = [
  {
    id: "user-admin",
    email: "admin@kovablik.test",
    name: "Sekretariat Biro Organisasi",
    isAdmin: true,
    nip: "197805122005011003",
  },
  {
    id: "user-adminlokal-kabmalang",
    email: "adminlokal.kabmalang@kovablik.test",
    name: "Admin Lokal Kabupaten Malang",
    membership: { unitId: UNIT_IDS.kabMalang, role: "UNIT_ADMIN" as const },
  },
  {
    id: "user-adminlokal-kotamalang",
    email: "adminlokal.kotamalang@kovablik.test",
    name: "Admin Lokal Kota Malang",
    membership: { unitId: UNIT_IDS.kotaMalang, role: "UNIT_ADMIN" as const },
  },
  {
    id: "user-operator-kepanjen",
    email: "operator.kepanjen@kovablik.test",
    name: "Operator Puskesmas Kepanjen",
    membership: { unitId: UNIT_IDS.puskesmasKepanjen, role: "OPERATOR" as const },
  },
  {
    id: "user-operator-kendalkerep",
    email: "operator.kendalkerep@kovablik.test",
    name: "Operator Puskesmas Kendalkerep",
    membership: { unitId: UNIT_IDS.puskesmasKendalkerep, role: "OPERATOR" as const },
  },
  {
    id: "user-juri",
    email: "juri@kovablik.test",
    name: "Dr. Ratna Wulandari, M.Si.",
    judge: { affiliation: "Universitas Airlangga", expertise: "Kebijakan publik, evaluasi program" },
  },
  {
    id: "user-juri-desk",
    email: "juri.evaluasi@kovablik.test",
    name: "Prof. Bambang Setiawan, Ph.D.",
    judge: { affiliation: "Universitas Brawijaya", expertise: "Administrasi publik, inovasi layanan kesehatan" },
  },
];

/** Demo judges appointed to a round of the demo edition (by round order), declaration not yet signed. */
export const DEMO_APPOINTMENTS = [
  { userId: "user-juri-desk", roundOrder: 2, loadCap: 20, expertiseCategoryOrders: [3, 4] },
];

const wib = (isoLocal: string) => new Date(`${isoLocal}+07:00`);

export const DEMO_EDITION = {
  id: "edition-2027",
  year: 2027,
  theme: "Inovasi Pelayanan Publik yang Inklusif, Adaptif, dan Berkelanjutan",
  status: "OPEN" as const,
  registrationOpensAt: wib("2026-11-16T08:00:00"),
  registrationClosesAt: wib("2027-02-26T23:59:00"),
  announcementAt: wib("2027-06-15T09:00:00"),
  minImplementationMonths: 12,
  topN: 45,
  defaultQuota: 10,
  groups: [
    {
      kind: "UMUM" as const,
      name: "Kelompok Umum",
      description: "Inovasi baru yang telah berjalan sekurang-kurangnya satu tahun.",
    },
    {
      kind: "REPLIKASI" as const,
      name: "Kelompok Replikasi",
      description: "Inovasi hasil replikasi dari inovasi unit lain yang telah terbukti.",
    },
    {
      kind: "KHUSUS" as const,
      name: "Kelompok Khusus",
      description: "Inovasi BUMD dan unit dengan karakter layanan khusus.",
    },
  ],
  categories: [
    "Pelayanan Publik yang Inklusif",
    "Efektivitas Pencapaian Tujuan Pembangunan Berkelanjutan (TPB/SDGs)",
    "Tata Kelola Pemerintahan yang Responsif dan Adaptif",
    "Ketangguhan dan Kesiapsiagaan Layanan (Resiliensi)",
  ],
  sections: [
    {
      key: "ringkasan",
      title: "Ringkasan inovasi",
      wordLimit: 200,
      isPublic: true,
      guidance: "Gambaran singkat inovasi: apa, untuk siapa, dan hasil utamanya.",
    },
    {
      key: "masalah",
      title: "Masalah dan latar belakang",
      wordLimit: 500,
      guidance: "Masalah pelayanan yang dihadapi sebelum inovasi, dengan data.",
    },
    {
      key: "kebaruan",
      title: "Kebaruan dan keunikan",
      wordLimit: 400,
      guidance: "Apa yang baru dibandingkan cara lama atau inovasi serupa.",
    },
    {
      key: "implementasi",
      title: "Implementasi dan pemangku kepentingan",
      wordLimit: 500,
      guidance: "Langkah pelaksanaan, peran pemangku kepentingan, dan lini masa.",
    },
    {
      key: "dampak",
      title: "Dampak: sebelum dan sesudah",
      wordLimit: 500,
      guidance: "Perubahan yang terukur, dengan bukti (data, testimoni, dokumen).",
    },
    {
      key: "replikasi",
      title: "Kemudahan direplikasi",
      wordLimit: 300,
      guidance: "Syarat dan bukti bahwa inovasi dapat diterapkan unit lain.",
    },
    {
      key: "keberlanjutan",
      title: "Sumber daya dan keberlanjutan",
      wordLimit: 400,
      guidance: "Anggaran, SDM, regulasi, dan rencana agar inovasi terus berjalan.",
    },
    {
      key: "tpb",
      title: "Keterkaitan dengan TPB/SDGs",
      wordLimit: 300,
      required: false,
      guidance: "Tujuan TPB yang didukung dan bagaimana kontribusinya.",
    },
  ],
  attachments: [
    {
      kind: "SK_DECREE" as const,
      label: "SK penetapan inovasi dan inovator",
      required: true,
      allowedContentTypes: ["application/pdf"],
      maxBytes: 10 * 1024 * 1024,
      maxFiles: 1,
    },
    {
      kind: "PHOTO" as const,
      label: "Foto pelaksanaan inovasi",
      required: true,
      allowedContentTypes: ["image/jpeg", "image/png"],
      maxBytes: 5 * 1024 * 1024,
      maxFiles: 5,
    },
    {
      kind: "SUPPORTING_DOCUMENT" as const,
      label: "Dokumen pendukung",
      required: false,
      allowedContentTypes: ["application/pdf"],
      maxBytes: 25 * 1024 * 1024,
      maxFiles: 5,
    },
  ],
  rounds: [
    {
      order: 1,
      kind: "DESK_EVALUATION" as const,
      name: "Evaluasi Proposal (Desk Evaluation)",
      weight: "0.7",
      opensAt: wib("2027-03-08T08:00:00"),
      closesAt: wib("2027-03-29T23:59:00"),
      judgesPerEntry: 3,
      normalisation: "Z_SCORE" as const,
      advanceCount: 45,
      // The national core criteria, with the guidance per level of the NATIONAL_CORE preset.
      criteria: [
        { name: "Kebaruan", weight: "25", description: "Kebaruan gagasan, pendekatan, atau cara kerja." },
        { name: "Efektivitas", weight: "25", description: "Sejauh mana inovasi menyelesaikan masalah pelayanan." },
        { name: "Kemanfaatan", weight: "20", description: "Manfaat nyata bagi penerima layanan, terukur." },
        { name: "Kemudahan replikasi", weight: "15", description: "Dapat diterapkan di unit atau daerah lain." },
        {
          name: "Keberlanjutan",
          weight: "15",
          description: "Dukungan regulasi, anggaran, dan SDM untuk terus berjalan.",
        },
      ].map((c, i) => ({ ...c, levels: presetCriteria("NATIONAL_CORE")[i]!.levels })),
    },
    {
      order: 2,
      kind: "PRESENTATION_INTERVIEW" as const,
      name: "Presentasi dan Wawancara",
      weight: "0.3",
      opensAt: wib("2027-04-19T08:00:00"),
      closesAt: wib("2027-04-30T17:00:00"),
      judgesPerEntry: 5,
      normalisation: "NONE" as const,
      advanceCount: null,
      criteria: [
        {
          name: "Penguasaan dan kejelasan paparan",
          weight: "25",
          description: "Presentasi 7 menit: runtut, jelas, berbasis data.",
        },
        { name: "Komitmen pimpinan", weight: "25", description: "Dukungan pimpinan dan kebijakan yang menyertai." },
        { name: "Bukti dampak", weight: "30", description: "Bukti dampak yang dapat diverifikasi saat wawancara." },
        { name: "Rencana keberlanjutan", weight: "20", description: "Rencana pengembangan dan keberlanjutan." },
      ],
    },
  ],
};
