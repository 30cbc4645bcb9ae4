import { Alert } from "@/components/ui/alert";

/** Said plainly on every outbox page: without a mail server nothing leaves, and messages wait here. */
export function SmtpNotice({ configured }: { configured: boolean }) {
  if (configured) return null;
  return (
    <Alert tone="warning">
      <strong className="font-semibold">Server email (SMTP) belum dikonfigurasi.</strong> Pesan tidak dikirim dan tetap
      berstatus <em>Menunggu</em> di sini. Buka pesan untuk membaca isinya (misalnya tautan undangan) dan sampaikan
      kepada penerima melalui saluran resmi lain. Untuk mengirim email, isi <code>SMTP_URL</code> lalu jalankan ulang
      portal.
    </Alert>
  );
}
