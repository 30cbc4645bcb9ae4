import { Alert } from "@/components/ui/alert";

/** Said plainly on every outbox page: while mail is not switched on nothing leaves, and messages wait here. */
export function SmtpNotice({ configured }: { configured: boolean }) {
  if (configured) return null;
  return (
    <Alert tone="warning">
      <strong className="font-semibold">Pengiriman email belum diaktifkan oleh pengelola server.</strong> Pesan tidak
      dikirim dan tetap berstatus <em>Menunggu</em> di sini. Buka pesan untuk membaca isinya dan sampaikan kepada
      penerima melalui saluran resmi lain. Untuk mengirim email, minta pengelola server menghubungkan portal dengan
      server email; pesan yang menunggu akan dikirim sesudahnya.
    </Alert>
  );
}
