"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { sealRoundAction } from "@/lib/ranking/actions";

/**
 * "Tutup & segel babak": asks first, and lists what still blocks sealing (the same words the server refuses
 * with); the confirming button stays held while anything is listed.
 */
export function SealRoundButton({ roundId, name, problems }: { roundId: string; name: string; problems: string[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const seal = async () => {
    setPending(true);
    setError(null);
    const r = await sealRoundAction({ roundId });
    setPending(false);
    if (!r.ok) return setError(r.error);
    setOpen(false);
    setDone(r.message ?? "Babak disegel.");
    router.refresh();
  };

  return (
    <div className="space-y-3">
      <Button
        variant="primary"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Tutup &amp; segel babak
      </Button>
      {done && <Alert tone="success">{done}</Alert>}
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        busy={pending}
        title={`Segel ${name}?`}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={pending}
            pendingLabel="Menyegel…"
            confirmLabel="Segel babak"
            confirmDisabled={problems.length > 0}
            onConfirm={() => void seal()}
          />
        }
      >
        {problems.length > 0 ? (
          <>
            <p>Babak ini belum dapat disegel. Selesaikan dahulu:</p>
            <ul className="list-disc space-y-1 pl-5">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        ) : (
          <>
            <p>
              Setelah disegel, nilai tidak dapat diubah lagi kecuali dikoreksi admin dengan alasan yang tercatat. Sidik
              nilai (SHA-256 semua nilai) disimpan di babak dan di log audit, dan berita acara dapat diunduh.
            </p>
            <p>Tidak ada yang menghalangi penyegelan.</p>
          </>
        )}
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </div>
  );
}
