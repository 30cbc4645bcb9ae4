"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Alert } from "@/components/ui/alert";
import {
  resendInvitationAction,
  resendOperatorInvitationAction,
  setAccountEnabledAction,
  setOperatorEnabledAction,
} from "@/lib/accounts/actions";
import type { UserStatus } from "@/lib/accounts/schemas";

type Props = {
  /** "all": an admin's page; "operators": an admin lokal's page (its own, narrower actions). */
  mode: "all" | "operators";
  user: { id: string; name: string; email: string; status: UserStatus };
  /** Why the status cannot be changed here, if it cannot (own account, operator of other units). */
  lockedReason?: string | null;
  /** One's own account: nothing to offer, only the reason. */
  isSelf?: boolean;
};

/** Disable / enable and resend the invitation, each behind a confirmation. */
export function AccountStatusPanel({ mode, user, lockedReason, isSelf }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const setEnabled = mode === "all" ? setAccountEnabledAction : setOperatorEnabledAction;
  const resend = mode === "all" ? resendInvitationAction : resendOperatorInvitationAction;

  const run = async (call: () => Promise<{ ok: true; message?: string } | { ok: false; error: string }>) => {
    const r = await call();
    if (!r.ok) return { ok: false as const, error: r.error };
    setMessage(r.message ?? null);
    router.refresh();
    return { ok: true as const };
  };

  return (
    <div className="space-y-3">
      {message && <Alert tone="success">{message}</Alert>}
      {lockedReason && <Alert tone="info">{lockedReason}</Alert>}
      {!isSelf && (
        <div className="flex flex-wrap gap-2">
          {user.status === "INVITED" && (
            <ConfirmButton
              triggerLabel="Kirim ulang undangan"
              tone="primary"
              title="Kirim ulang undangan?"
              confirmLabel="Kirim undangan baru"
              pendingLabel="Mengirim…"
              disabled={Boolean(lockedReason)}
              onConfirm={() => run(() => resend({ userId: user.id }))}
            >
              <p>
                Tautan baru dikirim ke <strong className="break-all">{user.email}</strong>. Tautan yang dikirim
                sebelumnya tidak berlaku lagi.
              </p>
            </ConfirmButton>
          )}
          {user.status === "DISABLED" ? (
            <ConfirmButton
              triggerLabel="Aktifkan akun"
              tone="primary"
              title={`Aktifkan kembali akun ${user.name}?`}
              confirmLabel="Ya, aktifkan"
              pendingLabel="Mengaktifkan…"
              disabled={Boolean(lockedReason)}
              onConfirm={() => run(() => setEnabled({ userId: user.id, enabled: true }))}
            >
              <p>
                Pemilik akun dapat masuk lagi dengan kata sandinya. Bila belum pernah membuat kata sandi, akun kembali
                menunggu undangan.
              </p>
            </ConfirmButton>
          ) : (
            <ConfirmButton
              triggerLabel="Nonaktifkan akun"
              triggerVariant="danger"
              title={`Nonaktifkan akun ${user.name}?`}
              confirmLabel="Ya, nonaktifkan"
              pendingLabel="Menonaktifkan…"
              disabled={Boolean(lockedReason)}
              onConfirm={() => run(() => setEnabled({ userId: user.id, enabled: false }))}
            >
              <p>
                Semua sesi akun ini berakhir saat ini juga dan pemiliknya tidak dapat masuk sampai akun diaktifkan
                kembali.
              </p>
              <p>Data dan riwayat akun tetap tersimpan.</p>
            </ConfirmButton>
          )}
        </div>
      )}
    </div>
  );
}
