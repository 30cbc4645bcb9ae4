// The words the audit log shows people. Entries store stable codes (`proposal.attachment.upload`,
// `AdminCheck`) so the log never changes meaning when wording does; admins read these labels instead.
// labels.test.ts scans the source for every action code written to the log and fails when one has no label
// here, so a new feature cannot add an entry that reads as a code.

import type { TransitionName } from "@/lib/proposals/lifecycle";

const TRANSITION_ACTION_LABEL: Record<`proposal.${TransitionName}`, string> = {
  "proposal.sendToUnitAdmin": "Usulan dikirim ke admin lokal",
  "proposal.returnToUnit": "Usulan dikembalikan ke unit",
  "proposal.submitToProvince": "Usulan dikirim ke provinsi",
  "proposal.pass": "Usulan dinyatakan lolos seleksi administrasi",
  "proposal.fail": "Usulan dinyatakan tidak lolos seleksi administrasi",
  "proposal.returnForCorrection": "Usulan dikembalikan untuk perbaikan",
  "proposal.resubmit": "Usulan dikirim ulang setelah perbaikan",
  "proposal.withdraw": "Usulan ditarik",
};

export const ACTION_LABEL: Record<string, string> = {
  ...TRANSITION_ACTION_LABEL,
  "proposal.create": "Usulan dibuat",
  "proposal.delete-draft": "Draf usulan dihapus",
  "proposal.attachment.upload": "Lampiran usulan diunggah",
  "proposal.attachment.delete": "Lampiran usulan dihapus",
  "proposal.grantExtension": "Perpanjangan waktu usulan diberikan",
  "proposal.reminders": "Pengingat batas waktu dikirim",
  "adminCheck.decide": "Seleksi administrasi diputuskan",
  "edition.create": "Edisi dibuat",
  "edition.update": "Edisi diubah",
  "edition.group.add": "Kelompok inovasi ditambahkan",
  "edition.group.update": "Kelompok inovasi diubah",
  "edition.group.remove": "Kelompok inovasi dihapus",
  "edition.category.add": "Kategori ditambahkan",
  "edition.category.update": "Kategori diubah",
  "edition.category.reorder": "Urutan kategori diubah",
  "edition.category.remove": "Kategori dihapus",
  "edition.section.add": "Bagian formulir ditambahkan",
  "edition.section.update": "Bagian formulir diubah",
  "edition.section.reorder": "Urutan bagian formulir diubah",
  "edition.section.archive": "Bagian formulir diarsipkan",
  "edition.section.remove": "Bagian formulir dihapus",
  "edition.attachment.add": "Syarat lampiran ditambahkan",
  "edition.attachment.update": "Syarat lampiran diubah",
  "edition.attachment.remove": "Syarat lampiran dihapus",
  "edition.quota.set": "Kuota usulan instansi ditetapkan",
  "edition.quota.clear": "Kuota usulan instansi dikembalikan ke bawaan",
  "guidebook.upload": "Buku petunjuk teknis diunggah",
  "guidebook.replace": "Buku petunjuk teknis diganti",
  "guidebook.remove": "Buku petunjuk teknis dihapus",
  "announcement.create": "Pengumuman dibuat",
  "announcement.update": "Pengumuman diubah",
  "announcement.publish": "Pengumuman diterbitkan",
  "announcement.unpublish": "Pengumuman ditarik dari publik",
  "announcement.remove": "Pengumuman dihapus",
  "publication.update-settings": "Pengaturan halaman publik edisi diubah",
  "proposal.update-public-entry": "Ringkasan publik atau penyembunyian usulan diubah",
  "unit.create": "Unit dibuat",
  "unit.rename": "Unit diganti nama",
  "unit.move": "Unit dipindahkan",
  "unit.deactivate": "Unit dinonaktifkan",
  "unit.reactivate": "Unit diaktifkan kembali",
  "account.invite": "Akun diundang",
  "account.resend-invitation": "Undangan akun dikirim ulang",
  "account.update": "Profil akun diubah",
  "account.enable": "Akun diaktifkan",
  "account.disable": "Akun dinonaktifkan",
  "account.password_changed": "Kata sandi diubah",
  "account.password_set": "Kata sandi diatur lewat tautan",
  "membership.add": "Keanggotaan unit ditambahkan",
  "membership.end": "Keanggotaan unit diakhiri",
  "round.remind-judges": "Pengingat penilaian dikirim kepada juri",
  "round.add": "Babak penilaian ditambahkan",
  "round.update": "Pengaturan babak penilaian diubah",
  "round.reorder": "Urutan babak penilaian diubah",
  "round.remove": "Babak penilaian dihapus",
  "round.open": "Babak penilaian dibuka",
  "round.close": "Babak penilaian ditutup",
  "round.enrol-entries": "Usulan dimasukkan ke babak penilaian",
  "round.update-ranking-settings": "Pengaturan peringkat babak diubah",
  "round.seal": "Babak penilaian disegel",
  "round.advance": "Usulan yang lolos dari babak ditetapkan",
  "consolidation.record": "Catatan konsolidasi nilai dicatat",
  "score.correct": "Nilai dikoreksi admin dengan alasan",
  "rubric.save": "Rubrik babak disimpan",
  "judge-appointment.add": "Juri diangkat pada babak",
  "judge-appointment.update": "Batas beban dan keahlian juri diubah",
  "judge-appointment.remove": "Juri diberhentikan dari babak",
  "judge-appointment.sign-declaration": "Pernyataan bebas konflik kepentingan ditandatangani",
  "conflict.declare": "Juri menyatakan konflik kepentingan",
  "conflict.add": "Konflik kepentingan juri ditambahkan",
  "conflict.lift": "Konflik kepentingan juri dicabut",
  "conflict.add-from-unit-tree": "Konflik kepentingan juri tercatat dari keanggotaan unit",
  "assignment.commit-automatic": "Penugasan juri otomatis disimpan",
  "assignment.add": "Juri ditugaskan pada usulan",
  "assignment.remove": "Penugasan juri dicabut",
  "assignment.release-judge": "Juri mundur dari babak; tugasnya dialihkan",
  "schedule.update-settings": "Pengaturan slot jadwal presentasi diubah",
  "schedule.add-panel": "Panel (ruang) presentasi ditambahkan",
  "schedule.update-panel": "Panel (ruang) presentasi diubah",
  "schedule.remove-panel": "Panel (ruang) presentasi dihapus",
  "schedule.fill": "Jadwal presentasi diisi otomatis",
  "schedule.regenerate": "Jadwal presentasi disusun ulang otomatis",
  "schedule.clear": "Jadwal presentasi dikosongkan",
  "schedule.move": "Usulan dipindahkan dalam jadwal presentasi",
  "schedule.publish": "Jadwal diumumkan kepada unit",
  "schedule.unpublish": "Pengumuman jadwal ditarik",
  "site-visit.save": "Jadwal kunjungan lapangan disimpan",
  "site-visit.remove": "Jadwal kunjungan lapangan dihapus",
  "score-sheet.submit": "Lembar nilai dikirim juri",
  "score-sheet.reopen": "Lembar nilai dibuka kembali",
  "outbox.deliverNow": "Pengiriman pesan dijalankan",
  "outbox.retry": "Pesan dikembalikan ke antrean",
  "auth.sign_in": "Berhasil masuk",
  "auth.sign_in_failed": "Gagal masuk",
  "auth.sign_out": "Keluar",
  "action.refused": "Tindakan ditolak",
  "system.restore": "Basis data dipulihkan dari cadangan",
};

export const ENTITY_LABEL: Record<string, string> = {
  Proposal: "Usulan",
  AdminCheck: "Seleksi administrasi",
  Edition: "Edisi",
  Group: "Kelompok inovasi",
  Category: "Kategori",
  FormSection: "Bagian formulir",
  AttachmentRequirement: "Syarat lampiran",
  Quota: "Kuota instansi",
  Guidebook: "Buku petunjuk teknis",
  Unit: "Unit",
  User: "Akun",
  Membership: "Keanggotaan unit",
  Round: "Babak penilaian",
  Conflict: "Konflik kepentingan juri",
  Assignment: "Penugasan juri",
  JudgeAppointment: "Pengangkatan juri",
  ScoreSheet: "Lembar nilai",
  Schedule: "Jadwal babak",
  SchedulePanel: "Panel (ruang) presentasi",
  PresentationSlot: "Slot presentasi",
  SiteVisit: "Kunjungan lapangan",
  Notification: "Pesan kotak keluar",
  Action: "Tindakan portal",
  Backup: "Cadangan",
};

/** The first part of a code (`proposal.…`, `proposals.…`) names what it is about. */
const DOMAIN_NOUN: Record<string, string> = {
  proposal: "usulan",
  proposals: "usulan",
  adminCheck: "seleksi administrasi",
  "admin-check": "seleksi administrasi",
  edition: "edisi",
  editions: "edisi",
  guidebook: "buku petunjuk teknis",
  guidebooks: "buku petunjuk teknis",
  unit: "unit",
  units: "unit",
  account: "akun",
  accounts: "akun",
  membership: "keanggotaan unit",
  outbox: "kotak keluar",
  notifications: "kotak keluar",
  audit: "log audit",
  auth: "akun",
  // Route handlers' refusals are recorded as `route:<name>` (lib/http/responses.ts), named in Indonesian.
  usulan: "usulan",
  juknis: "buku petunjuk teknis",
  penjurian: "penjurian",
  judging: "penjurian",
  round: "babak penilaian",
  conflict: "konflik kepentingan juri",
  assignment: "penugasan juri",
  "score-sheet": "lembar nilai",
  schedule: "jadwal",
  schedules: "jadwal",
  "site-visit": "kunjungan lapangan",
};

function domainOf(code: string): string | undefined {
  return DOMAIN_NOUN[code.split(".")[0] ?? ""];
}

/** Never the bare code: an action nobody labelled yet still reads as a sentence. */
export function actionLabel(code: string): string {
  const known = ACTION_LABEL[code];
  if (known) return known;
  const domain = domainOf(code);
  return domain ? `Tindakan lain pada ${domain}` : "Tindakan lain";
}

export function entityLabel(type: string): string {
  return ENTITY_LABEL[type] ?? "Data lain";
}

/** A refused entry keeps the server action's name (`proposals.send-to-unit-admin`); people read its domain. */
export function refusedActionLabel(name: string | null): string {
  const domain = name ? domainOf(name.replace(/^route:/, "")) : undefined;
  return domain ? `Tindakan pada ${domain}` : "Tindakan portal";
}

/** Filter options, sorted by what people read, not by code. */
export function labelledOptions(codes: string[], label: (code: string) => string): { value: string; label: string }[] {
  return codes.map((value) => ({ value, label: label(value) })).sort((a, b) => a.label.localeCompare(b.label, "id"));
}
