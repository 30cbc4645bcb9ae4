"use client";

import type { ButtonProps } from "@/components/ui/button";
import { sendToUnitAdminAction } from "@/lib/proposals/workflow-actions";
import { HandOffButton } from "./hand-off-button";

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
  return (
    <HandOffButton
      proposalId={proposalId}
      action={sendToUnitAdminAction}
      label={asUnitAdmin ? "Terima untuk diperiksa" : again ? "Kirim ulang ke admin lokal" : "Kirim ke admin lokal"}
      title={
        asUnitAdmin
          ? "Terima usulan untuk diperiksa?"
          : again
            ? "Kirim ulang usulan ke admin lokal?"
            : "Kirim usulan ke admin lokal?"
      }
      confirmLabel="Ya, kirim"
      checkReadiness={!asUnitAdmin}
      size={size}
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
    </HandOffButton>
  );
}
