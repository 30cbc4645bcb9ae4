"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { returnToUnitAction, submitToProvinceAction, withdrawAction } from "@/lib/proposals/workflow-actions";
import { CommentStepDialog } from "./comment-step-dialog";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { HandOffReadinessNotice, useHandOffReadiness } from "./hand-off-readiness";
import { useStep } from "./use-step";

type Props = {
  proposalId: string;
  title: string;
  unitName: string;
  institutionName: string;
  quota: { max: number; used: number; remaining: number };
  /** Whether the deadline (or this proposal's extension) still allows sending. */
  windowOpen: boolean;
  deadlineText: string;
  canWithdraw: boolean;
};

/** The admin lokal's decision on a proposal waiting for it: back to the unit, or on to the province. */
export function ReviewActions({
  proposalId,
  title,
  unitName,
  institutionName,
  quota,
  windowOpen,
  deadlineText,
  canWithdraw,
}: Props) {
  const [dialog, setDialog] = useState<"return" | "submit" | "withdraw" | null>(null);
  const submit = useStep(submitToProvinceAction);
  const readiness = useHandOffReadiness(proposalId, dialog === "submit");
  const full = quota.remaining <= 0;
  return (
    <div className="space-y-3">
      {submit.outcome && dialog === null && <Alert tone={submit.outcome.tone}>{submit.outcome.text}</Alert>}
      {!windowOpen && (
        <Alert tone="warning">
          Batas pengiriman ({deadlineText}) telah lewat. Usulan hanya dapat dikirim jika sekretariat memberi
          perpanjangan untuk usulan ini.
        </Alert>
      )}
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <Button onClick={() => setDialog("submit")} disabled={!windowOpen || full}>
          Kirim ke provinsi
        </Button>
        <Button variant="secondary" onClick={() => setDialog("return")}>
          Kembalikan ke unit
        </Button>
        {canWithdraw && (
          <Button variant="ghost" className="text-red-700 hover:bg-red-50" onClick={() => setDialog("withdraw")}>
            Tarik usulan
          </Button>
        )}
      </div>
      {full && (
        <p className="text-sm font-medium text-red-700">
          Kuota {institutionName} sudah habis ({quota.used} dari {quota.max} terpakai).
        </p>
      )}

      <ConfirmDialog
        open={dialog === "submit"}
        onClose={() => setDialog(null)}
        title="Kirim usulan ke provinsi?"
        onSubmit={async () => {
          if (await submit.run({ proposalId })) setDialog(null);
        }}
        footer={
          <ConfirmActions
            onCancel={() => setDialog(null)}
            pending={submit.pending}
            confirmLabel="Ya, kirim ke provinsi"
            pendingLabel="Mengirim…"
            confirmDisabled={readiness.blocked}
          />
        }
      >
        <p>
          <strong>{title}</strong> dari {unitName} akan masuk seleksi administrasi provinsi. Setelah dikirim, usulan
          tidak dapat diubah kecuali sekretariat mengembalikannya untuk perbaikan.
        </p>
        <div className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-brand-900">
          Kuota {institutionName}:{" "}
          <strong>
            {quota.used} dari {quota.max}
          </strong>{" "}
          terpakai. Setelah pengiriman ini, sisa kuota <strong>{Math.max(0, quota.remaining - 1)}</strong>.
        </div>
        <HandOffReadinessNotice state={readiness.state} />
        {submit.outcome?.tone === "error" && <Alert tone="error">{submit.outcome.text}</Alert>}
      </ConfirmDialog>

      <CommentStepDialog
        open={dialog === "return"}
        onClose={() => setDialog(null)}
        proposalId={proposalId}
        action={returnToUnitAction}
        title="Kembalikan usulan ke unit?"
        intro={
          <p>
            Operator {unitName} akan menerima catatan Anda lewat email, memperbaiki usulan, lalu mengirimnya lagi kepada
            Anda.
          </p>
        }
        label="Catatan untuk unit"
        hint="Sebutkan bagian yang perlu diperbaiki dan alasannya."
        confirmLabel="Kembalikan ke unit"
      />
      {canWithdraw && (
        <CommentStepDialog
          open={dialog === "withdraw"}
          onClose={() => setDialog(null)}
          proposalId={proposalId}
          action={withdrawAction}
          title="Tarik usulan dari edisi ini?"
          intro={<p>Usulan yang ditarik tidak diikutkan lomba dan tidak dapat dikirim lagi pada edisi ini.</p>}
          label="Alasan penarikan"
          hint="Unit akan membaca alasan ini."
          confirmLabel="Tarik usulan"
          confirmVariant="danger"
        />
      )}
    </div>
  );
}
