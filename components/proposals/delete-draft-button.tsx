"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flash";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteDraftAction } from "@/lib/proposals/actions";

/** For a draft that was never sent: throws it away, with its answers and files, after a confirmation. */
export function DeleteDraftButton({ proposalId, title }: { proposalId: string; title: string }) {
  const router = useRouter();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
        Hapus draf
      </Button>
      <ConfirmDialog
        open={open}
        busy={pending}
        onClose={() => setOpen(false)}
        title="Hapus draf usulan ini?"
        onSubmit={() =>
          start(async () => {
            const r = await deleteDraftAction({ proposalId });
            if (!r.ok) {
              setError(r.error);
              return;
            }
            flash.show(r.message ?? "Draf usulan dihapus.", "/usulan");
            router.push("/usulan");
            router.refresh();
          })
        }
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={pending}
            variant="danger"
            confirmLabel="Ya, hapus"
            pendingLabel="Menghapus…"
          />
        }
      >
        <p>
          Draf <strong>{title}</strong> beserta isian dan lampirannya dihapus permanen. Ini tidak dapat dibatalkan.
        </p>
        {error ? <Alert tone="error">{error}</Alert> : null}
      </ConfirmDialog>
    </>
  );
}
