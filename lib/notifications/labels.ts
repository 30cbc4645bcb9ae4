// What admins read in the outbox instead of the codes stored with each message. Pure: shared by the audit
// log's field view and the outbox screens.
import type { NotificationState } from "./queries";

export const NOTIFICATION_STATE_LABEL: Record<NotificationState, string> = {
  PENDING: "Menunggu",
  SENT: "Terkirim",
  FAILED: "Gagal",
};

export const TEMPLATE_LABEL: Record<string, string> = {
  "account.invitation": "Undangan akun",
  "password-reset": "Atur ulang kata sandi",
  "password-changed": "Pemberitahuan kata sandi diubah",
  "sign-in-link": "Tautan masuk",
  "proposal.with-unit-admin": "Usulan menunggu pemeriksaan admin lokal",
  "proposal.resubmitted": "Usulan dikirim ulang setelah perbaikan",
  "proposal.returned-to-unit": "Usulan dikembalikan ke unit",
  "proposal.submitted": "Usulan dikirim ke provinsi",
  "proposal.passed": "Usulan lolos seleksi administrasi",
  "proposal.failed": "Usulan tidak lolos seleksi administrasi",
  "proposal.returned-for-correction": "Usulan dikembalikan untuk perbaikan",
  "proposal.withdrawn": "Usulan ditarik",
  "proposal.reminder.unit-admin": "Pengingat batas waktu untuk admin lokal",
  "proposal.reminder.operator": "Pengingat batas waktu untuk operator",
  "judging.reminder": "Pengingat penilaian untuk juri",
  "judging.appointment": "Penunjukan juri pada babak",
  "judging.assignment": "Penugasan penilaian untuk juri",
  "judging.sheet-reopened": "Lembar nilai dibuka kembali",
  "objection.decided": "Keputusan atas sanggahan finalis",
  "schedule.published": "Jadwal presentasi atau kunjungan diumumkan kepada unit",
  "follow-up.reminder": "Pengingat laporan tindak lanjut inovasi",
};

export function templateLabel(template: string): string {
  return TEMPLATE_LABEL[template] ?? "Pemberitahuan portal";
}
