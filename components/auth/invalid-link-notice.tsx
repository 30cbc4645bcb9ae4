import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

type InvalidLinkNoticeProps = {
  state: "used" | "expired" | "unknown";
  kind: "INVITATION" | "PASSWORD_RESET" | null;
};

const reasons = {
  used: "Tautan ini sudah dipakai, atau telah digantikan oleh tautan yang dikirim lebih baru. Setiap tautan hanya berlaku satu kali.",
  expired: "Tautan ini sudah kedaluwarsa.",
  unknown: "Tautan ini tidak dikenali. Pastikan alamatnya tersalin lengkap dari email.",
} as const;

/** Why an invitation or reset link no longer works, and what to do instead. */
export function InvalidLinkNotice({ state, kind }: InvalidLinkNoticeProps) {
  const expiredDetail =
    kind === "INVITATION"
      ? " Tautan undangan berlaku 7 hari."
      : kind === "PASSWORD_RESET"
        ? " Tautan atur ulang kata sandi berlaku 1 jam."
        : "";
  return (
    <div className="space-y-5">
      <Alert tone="warning">
        {reasons[state]}
        {state === "expired" ? expiredDetail : null}
      </Alert>
      {kind === "INVITATION" ? (
        <p className="text-sm leading-relaxed text-slate-700">
          Jika Anda sudah membuat kata sandi, silakan masuk. Jika belum, minta admin lokal instansi Anda (atau
          sekretariat KOVABLIK, untuk akun admin lokal dan juri) mengirim undangan baru.
        </p>
      ) : (
        <p className="text-sm leading-relaxed text-slate-700">
          Anda dapat meminta tautan baru; tautan yang lama tidak dapat dipakai lagi.
        </p>
      )}
      <div className="flex flex-col gap-3 sm:flex-row">
        {kind === "INVITATION" ? null : (
          <ButtonLink href="/lupa-kata-sandi" className="sm:flex-1">
            Minta tautan baru
          </ButtonLink>
        )}
        <ButtonLink href="/masuk" variant="secondary" className="sm:flex-1">
          Ke halaman masuk
        </ButtonLink>
      </div>
    </div>
  );
}
