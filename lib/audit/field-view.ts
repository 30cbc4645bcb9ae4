// The before/after snapshots of an audit entry as people read them: one row per field, an Indonesian field
// name, values in words (dates in WIB, Ya/Tidak, status names) — never JSON. Pure, so it can be tested.

import { OUTCOME_LABEL } from "@/lib/admin-check/schemas";
import { USER_STATUS_LABEL } from "@/lib/accounts/schemas";
import { ATTACHMENT_KIND_LABEL, EDITION_STATUS_LABEL, GROUP_KIND_LABEL } from "@/lib/editions/schemas";
import { formatDateTimeWIB } from "@/lib/format/date";
import { formatFileSize } from "@/lib/format/size";
import { STATUS_LABEL } from "@/lib/proposals/lifecycle";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import { NOTIFICATION_STATE_LABEL } from "@/lib/notifications/labels";
import { ENTRY_SOURCE_LABEL, NORMALISATION_LABEL, ROUND_KIND_LABEL, ROUND_STATE_LABEL } from "@/lib/judging/schemas";
import { SHEET_STATE_LABEL } from "@/lib/judging/sheet-state";
import { OBJECTION_DECISION_LABEL } from "@/lib/results/schemas";

export const FIELD_LABEL: Record<string, string> = {
  id: "ID",
  name: "Nama",
  shortName: "Nama singkat",
  title: "Judul",
  email: "Email",
  phone: "Telepon",
  nip: "NIP",
  position: "Jabatan",
  status: "Status",
  state: "Status",
  version: "Versi",
  comment: "Catatan",
  reason: "Alasan",
  note: "Catatan",
  message: "Pesan",
  outcome: "Keputusan",
  attempt: "Percobaan ke-",
  attempts: "Jumlah percobaan",
  lastError: "Galat terakhir",
  items: "Butir pemeriksaan",
  label: "Butir",
  passed: "Memenuhi",
  auto: "Diperiksa otomatis",
  correctionDeadline: "Batas perbaikan",
  extensionUntil: "Perpanjangan sampai",
  submittedAt: "Dikirim pada",
  updatedAt: "Diubah pada",
  registrationOpensAt: "Pendaftaran dibuka",
  registrationClosesAt: "Pendaftaran ditutup",
  announcementAt: "Pengumuman",
  year: "Tahun",
  theme: "Tema",
  topN: "Jumlah terbaik",
  defaultQuota: "Kuota bawaan",
  maxProposals: "Kuota usulan",
  minImplementationMonths: "Minimal lama penerapan (bulan)",
  excludePreviousWinners: "Pemenang sebelumnya dikecualikan",
  kind: "Jenis",
  fileName: "Nama berkas",
  contentType: "Jenis berkas",
  sizeBytes: "Ukuran",
  address: "Alamat IP",
  via: "Cara masuk",
  code: "Alasan penolakan",
  fields: "Isian yang ditolak",
  active: "Aktif",
  isAdmin: "Admin provinsi",
  isInstitution: "Instansi",
  sessionVersion: "Versi sesi",
  parentId: "Unit induk (ID)",
  depth: "Tingkat",
  subtreeSize: "Unit yang ikut dipindah",
  regionCode: "Kode wilayah",
  proposalId: "Usulan (ID)",
  editionId: "Edisi (ID)",
  unitId: "Unit (ID)",
  institutionId: "Instansi (ID)",
  groupId: "Kelompok (ID)",
  categoryId: "Kategori (ID)",
  userId: "Akun (ID)",
  judgeId: "Juri (ID)",
  roundId: "Babak (ID)",
  role: "Peran",
  startsAt: "Mulai",
  endsAt: "Berakhir",
  sent: "Terkirim",
  failed: "Gagal",
  smtpConfigured: "Server email aktif",
  required: "Wajib",
  sortOrder: "Urutan",
  order: "Urutan",
  description: "Keterangan",
  videoUrl: "Tautan video",
  sdgs: "SDGs",
  implementationStartedOn: "Mulai diterapkan",
  lines: "Jumlah usulan",
  excludedByObjection: "Dikeluarkan karena sanggahan",
  rounds: "Babak",
  share: "Bobot (%)",
  supersedes: "Mengoreksi versi",
  awards: "Jumlah penghargaan",
  minutes: "Berita acara",
  proposal: "Usulan",
  unit: "Unit",
  decision: "Keputusan",
  finalists: "Jumlah finalis",
  finalistsPublishedAt: "Finalis diumumkan",
  objectionOpensAt: "Masa sanggah dibuka",
  objectionClosesAt: "Masa sanggah ditutup",
  winnersPublishedAt: "Pemenang diumumkan",
};

/** Credentials, hashes and storage internals: never on screen, whatever an entry recorded. */
const HIDDEN = /hash|secret|token|password|sha256|storagekey|^permission$|^path$/i;

const VALUE_LABEL: Record<string, Record<string, string>> = {
  status: { ...EDITION_STATUS_LABEL, ...STATUS_LABEL, ...USER_STATUS_LABEL },
  state: {
    ...NOTIFICATION_STATE_LABEL,
    ...ROUND_STATE_LABEL,
    SUBMITTED: SHEET_STATE_LABEL.SUBMITTED,
    ASSIGNED: "Ditugaskan",
    REMOVED: "Dicabut",
  },
  entrySource: ENTRY_SOURCE_LABEL,
  normalisation: NORMALISATION_LABEL,
  source: { UNIT_TREE: "Keanggotaan unit", DECLARED: "Dinyatakan juri", ADMIN: "Ditambahkan admin" },
  target: { ENTRY: "Satu usulan", INSTITUTION: "Seluruh usulan satu instansi" },
  outcome: OUTCOME_LABEL,
  decision: OBJECTION_DECISION_LABEL,
  via: { password: "Kata sandi", link: "Tautan masuk" },
  reason: { invalid: "Email atau kata sandi salah", locked: "Terkunci sementara", link: "Tautan masuk tidak berlaku" },
  code: {
    UNAUTHENTICATED: "Belum masuk",
    FORBIDDEN: "Tidak berwenang",
    NOT_FOUND: "Data tidak ditemukan",
    INVALID: "Isian tidak sah",
    CONFLICT: "Bentrok dengan perubahan lain",
    RATE_LIMITED: "Terlalu sering",
    DEADLINE: "Batas waktu terlewati",
  },
  kind: { ...ATTACHMENT_KIND_LABEL, ...GROUP_KIND_LABEL, ...UNIT_KIND_LABEL, ...ROUND_KIND_LABEL },
  role: { ADMIN: "Admin provinsi", UNIT_ADMIN: "Admin lokal", OPERATOR: "Operator", JUDGE: "Juri" },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** camelCase keys nobody labelled yet read as words rather than as code. */
function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.-]+/g, " ")
    .toLowerCase()
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "Kolom";
}

export function fieldLabel(key: string): string {
  return FIELD_LABEL[key] ?? humanise(key);
}

export function formatAuditValue(key: string, value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? "Ya" : "Tidak";
  if (key === "sizeBytes" && typeof value === "number") return formatFileSize(value);
  if (typeof value === "number") return value.toLocaleString("id-ID");
  if (value instanceof Date) return formatDateTimeWIB(value);
  if (typeof value === "string") {
    const label = VALUE_LABEL[key]?.[value];
    if (label) return label;
    if (ISO_INSTANT.test(value)) return formatDateTimeWIB(value);
    // An enum value nobody labelled yet (a new feature's state) reads as words, never as a code.
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value)) return humanise(value.toLowerCase());
    return value;
  }
  if (Array.isArray(value)) {
    if (key === "fields") return value.map((f) => fieldLabel(String(f))).join(", ");
    if (value.length === 0) return "(tidak ada)";
    return value.map((v) => formatAuditValue(key, v)).join("\n");
  }
  if (typeof value === "object") {
    const rec = value as Record<string, unknown>;
    // A checklist item and the like: its own label first, then what was recorded about it.
    const head = typeof rec.label === "string" ? `${rec.label}: ` : "";
    const rest = Object.entries(rec)
      .filter(([k]) => k !== "label" && k !== "key" && !HIDDEN.test(k))
      .map(([k, v]) => `${fieldLabel(k)} ${formatAuditValue(k, v)}`);
    return head + rest.join("; ");
  }
  return String(value);
}

/** Key order does not make two snapshots differ. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const rec = value as Record<string, unknown>;
    return `{${Object.keys(rec)
      .sort()
      .map((k) => `${k}:${stable(rec[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export type FieldRow = { key: string; label: string; before: string; after: string; changed: boolean };

/**
 * The top-level fields of `before` and `after` side by side, changed ones flagged; nested values are
 * compared whole. Hidden fields (hashes, secrets) are left out entirely.
 */
export function fieldRows(before: unknown, after: unknown): FieldRow[] {
  const asRecord = (v: unknown): Record<string, unknown> | null =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN.test(k));
  return keys
    .map((key) => ({
      key,
      label: fieldLabel(key),
      before: b && key in b ? formatAuditValue(key, b[key]) : "—",
      after: a && key in a ? formatAuditValue(key, a[key]) : "—",
      changed: stable(b?.[key]) !== stable(a?.[key]),
    }))
    .sort((x, y) => x.label.localeCompare(y.label, "id"));
}
