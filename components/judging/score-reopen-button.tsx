"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Textarea } from "@/components/ui/field";
import { useFlash } from "@/components/ui/flash";
import { reopenSheetAction } from "@/lib/judging/score-actions";
import { reopenSheetSchema } from "@/lib/judging/score-schemas";

/**
 * The secretariat's "Buka kembali" on a submitted score sheet: asks for the reason the judge will read in
 * their mail (for the secretariat's progress screens, issue 10 item 6).
 */
export function ScoreReopenButton({
  sheetId,
  judgeName,
  proposalTitle,
}: {
  sheetId: string;
  judgeName: string;
  proposalTitle: string;
}) {
  const router = useRouter();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    const parsed = reopenSheetSchema.safeParse({ sheetId, reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? "Periksa alasan.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const r = await reopenSheetAction(parsed.data);
      if (!r.ok) {
        setError(r.fieldErrors?.reason?.[0] ?? r.error);
        return;
      }
      setOpen(false);
      setReason("");
      flash.show(r.message ?? "Lembar nilai dibuka kembali.");
      router.refresh();
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Buka kembali
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        busy={pending}
        title="Buka kembali lembar nilai?"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={pending}
            confirmLabel="Buka kembali"
            pendingLabel="Membuka…"
          />
        }
      >
        <p>
          Lembar nilai {judgeName} untuk &ldquo;{proposalTitle}&rdquo; kembali menjadi draf; juri diberi tahu lewat
          surel beserta alasannya dan harus mengirimnya lagi sebelum babak ditutup.
        </p>
        <Field id="alasan-buka-kembali" label="Alasan" required error={error ?? undefined}>
          {(aria) => <Textarea {...aria} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </ConfirmDialog>
    </>
  );
}
