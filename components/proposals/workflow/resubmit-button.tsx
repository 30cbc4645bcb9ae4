"use client";

import type { ButtonProps } from "@/components/ui/button";
import { resubmitAction } from "@/lib/proposals/workflow-actions";
import { HandOffButton } from "./hand-off-button";

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
  return (
    <HandOffButton
      proposalId={proposalId}
      action={resubmitAction}
      label="Kirim ulang ke provinsi"
      title="Kirim perbaikan ke provinsi?"
      confirmLabel="Ya, kirim ulang"
      size={size}
    >
      <p>
        Usulan <strong>{title}</strong> akan diperiksa ulang oleh sekretariat. Setelah dikirim, usulan tidak dapat
        diubah lagi.
      </p>
      {deadlineText && <p>Batas perbaikan: {deadlineText}.</p>}
    </HandOffButton>
  );
}
