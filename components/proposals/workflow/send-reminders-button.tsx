"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { sendRemindersAction } from "@/lib/proposals/workflow-actions";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useStep } from "./use-step";

/** Queues deadline reminders to admin lokal and operators with drafts still open (once per person per day). */
export function SendRemindersButton({
  deadlineText,
  atUnits,
  atUnitAdmin,
}: {
  deadlineText: string;
  atUnits: number;
  atUnitAdmin: number;
}) {
  const [open, setOpen] = useState(false);
  const step = useStep(sendRemindersAction);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Kirim pengingat
      </Button>
      {step.outcome && !open && (
        <Alert tone={step.outcome.tone} className="w-full sm:order-last">
          {step.outcome.text}
        </Alert>
      )}
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Kirim pengingat batas waktu?"
        onSubmit={async () => {
          if (await step.run({})) setOpen(false);
        }}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={step.pending}
            confirmLabel="Kirim pengingat"
            pendingLabel="Mengantrekan…"
          />
        }
      >
        <p>
          Email pengingat dikirim ke setiap admin lokal yang masih memiliki usulan belum dikirim ({atUnitAdmin} menunggu
          pemeriksaan, {atUnits} draf di unit) dan ke operator yang drafnya belum dikirim. Batas pendaftaran:{" "}
          {deadlineText}.
        </p>
        <p>Setiap orang menerima paling banyak satu pengingat per hari, meskipun tombol ini ditekan berkali-kali.</p>
        {step.outcome?.tone === "error" && <Alert tone="error">{step.outcome.text}</Alert>}
      </ConfirmDialog>
    </>
  );
}
