"use client";

import { useState } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { sendToUnitAdminAction } from "@/lib/proposals/workflow-actions";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { HandOffReadinessNotice, useHandOffReadiness } from "./hand-off-readiness";
import { useStep } from "./use-step";

type Props = {
  proposalId: string;
  title: string;
  /** "Dikembalikan ke unit" proposals are sent again; the wording follows. */
  again?: boolean;
  /** Shown in the dialog, e.g. "26 Februari 2027 pukul 23.59 WIB". */
  deadlineText?: string;
  size?: ButtonProps["size"];
  /** The admin lokal takes a draft into its own review queue without waiting for the operator. */
  asUnitAdmin?: boolean;
};

/** For the drafting page: hands a finished draft to the admin lokal, after a confirmation. */
export function SendToUnitAdminButton({
  proposalId,
  title,
  again = false,
  deadlineText,
  size,
  asUnitAdmin = false,
}: Props) {
  const [open, setOpen] = useState(false);
  const step = useStep(sendToUnitAdminAction);
  const readiness = useHandOffReadiness(proposalId, open && !asUnitAdmin);
  return (
    <div className="space-y-3">
      {step.outcome && <Alert tone={step.outcome.tone}>{step.outcome.text}</Alert>}
      <Button size={size} onClick={() => setOpen(true)} disabled={step.pending}>
        {asUnitAdmin ? "Terima untuk diperiksa" : again ? "Kirim ulang ke admin lokal" : "Kirim ke admin lokal"}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={
          asUnitAdmin
            ? "Terima usulan untuk diperiksa?"
            : again
              ? "Kirim ulang usulan ke admin lokal?"
              : "Kirim usulan ke admin lokal?"
        }
        onSubmit={async () => {
          if (await step.run({ proposalId })) setOpen(false);
        }}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={step.pending}
            confirmLabel="Ya, kirim"
            pendingLabel="Mengirim…"
            confirmDisabled={readiness.blocked}
          />
        }
      >
        {asUnitAdmin ? (
          <p>
            Usulan <strong>{title}</strong> masuk ke antrean pemeriksaan Anda tanpa menunggu operator. Setelah itu unit
            tidak dapat mengubahnya, kecuali Anda mengembalikannya.
          </p>
        ) : (
          <p>
            Usulan <strong>{title}</strong> akan diperiksa admin lokal instansi Anda. Selama di admin lokal, unit tidak
            dapat mengubahnya; admin lokal dapat mengembalikannya dengan catatan.
          </p>
        )}
        {deadlineText && (
          <p>
            {asUnitAdmin
              ? `Batas kirim ke provinsi: ${deadlineText}.`
              : `Admin lokal harus mengirimnya ke provinsi paling lambat ${deadlineText}.`}
          </p>
        )}
        <HandOffReadinessNotice state={readiness.state} />
        {step.outcome?.tone === "error" && <Alert tone="error">{step.outcome.text}</Alert>}
      </ConfirmDialog>
    </div>
  );
}
