"use client";

import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { resubmitAction } from "@/lib/proposals/workflow-actions";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { HandOffReadinessNotice, useHandOffReadiness } from "./hand-off-readiness";
import { useStep } from "./use-step";

/** For the drafting page: sends a corrected proposal back to the province before the correction deadline. */
export function ResubmitButton({
  proposalId,
  title,
  deadlineText,
  size,
}: {
  proposalId: string;
  title: string;
  deadlineText?: string;
  size?: ButtonProps["size"];
}) {
  const [open, setOpen] = useState(false);
  const step = useStep(resubmitAction);
  const readiness = useHandOffReadiness(proposalId, open);
  return (
    <div className="space-y-3">
      {step.outcome && <Alert tone={step.outcome.tone}>{step.outcome.text}</Alert>}
      <Button size={size} onClick={() => setOpen(true)} disabled={step.pending}>
        Kirim ulang ke provinsi
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Kirim perbaikan ke provinsi?"
        onSubmit={async () => {
          if (await step.run({ proposalId })) setOpen(false);
        }}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={step.pending}
            confirmLabel="Ya, kirim ulang"
            pendingLabel="Mengirim…"
            confirmDisabled={readiness.blocked}
          />
        }
      >
        <p>
          Usulan <strong>{title}</strong> akan diperiksa ulang oleh sekretariat. Setelah dikirim, usulan tidak dapat
          diubah lagi.
        </p>
        {deadlineText && <p>Batas perbaikan: {deadlineText}.</p>}
        <HandOffReadinessNotice state={readiness.state} />
        {step.outcome?.tone === "error" && <Alert tone="error">{step.outcome.text}</Alert>}
      </ConfirmDialog>
    </div>
  );
}
