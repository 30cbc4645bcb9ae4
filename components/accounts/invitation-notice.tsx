import { Alert } from "@/components/ui/alert";
import { formatDateTimeWIB } from "@/lib/format/date";
import type { AccountDetail } from "@/lib/accounts/list";

const mailState = (mail: NonNullable<AccountDetail["invitationMail"]>) => {
  if (mail.state === "SENT") return `Email undangan terkirim ${formatDateTimeWIB(mail.sentAt)}.`;
  if (mail.state === "FAILED") return "Email undangan gagal dikirim; periksa kotak keluar atau kirim ulang undangan.";
  return mail.attempts > 0
    ? "Email undangan belum berhasil dikirim dan akan dicoba lagi."
    : "Email undangan menunggu pengiriman di kotak keluar.";
};

/** Where an invited account stands: waiting for the person to set a password, and whether the link still works. */
export function InvitationNotice({ account, now = new Date() }: { account: AccountDetail; now?: Date }) {
  if (account.status !== "INVITED") return null;
  const inv = account.invitation;
  if (!inv || inv.usedAt || inv.expiresAt <= now) {
    return (
      <Alert tone="warning">
        <p className="font-semibold">Undangan tidak berlaku lagi</p>
        <p>
          {inv && !inv.usedAt ? `Tautan undangan kedaluwarsa ${formatDateTimeWIB(inv.expiresAt)}. ` : ""}
          Kirim ulang undangan agar {account.name} dapat membuat kata sandi.
        </p>
      </Alert>
    );
  }
  return (
    <Alert tone="info">
      <p className="font-semibold">Undangan menunggu</p>
      <p>
        Dikirim ke <span className="break-all font-medium">{account.email}</span> pada{" "}
        {formatDateTimeWIB(inv.createdAt)}; tautan berlaku sampai {formatDateTimeWIB(inv.expiresAt)}. Akun aktif setelah
        pemiliknya membuat kata sandi.
      </p>
      {account.invitationMail && <p className="mt-1">{mailState(account.invitationMail)}</p>}
    </Alert>
  );
}
