"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action";
import { liftConflictAction, releaseJudgeAction } from "@/lib/judging/assignment-actions";

type ReasonButtonProps = {
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  title: string;
  description: string;
  confirmLabel: string;
  /** Runs the change with the reason typed; a refusal keeps the dialog open with its message. */
  run: (reason: string) => Promise<ActionResult<unknown>>;
};

/** A change that must carry a recorded reason (lifting a conflict, a judge dropping out): asks for it first. */
export function ReasonButton({
  triggerLabel,
  triggerVariant = "secondary",
  title,
  description,
  confirmLabel,
  run,
}: ReasonButtonProps) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ text: string; field?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async () => {
    setPending(true);
    setError(null);
    const r = await run(reason);
    setPending(false);
    if (!r.ok) return setError({ text: r.error, field: r.fieldErrors?.reason?.[0] });
    setOpen(false);
    setReason("");
    setDone(r.message ?? "Tersimpan.");
    router.refresh();
  };

  return (
    <div className="flex flex-col items-start gap-2">
      <Button size="sm" variant={triggerVariant} onClick={() => setOpen(true)}>
        {triggerLabel}
      </Button>
      {done && (
        <Alert tone="success" role="status">
          {done}
        </Alert>
      )}
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        busy={pending}
        title={title}
        onSubmit={() => void submit()}
        footer={<ConfirmActions onCancel={() => setOpen(false)} pending={pending} confirmLabel={confirmLabel} />}
      >
        <p>{description}</p>
        <Field id={`${id}-reason`} label="Alasan" required error={error?.field}>
          {(aria) => <Textarea {...aria} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
        </Field>
        {error && !error.field && <Alert tone="error">{error.text}</Alert>}
      </ConfirmDialog>
    </div>
  );
}

export function LiftConflictButton({
  roundId,
  conflictId,
  description,
}: {
  roundId: string;
  conflictId: string;
  description: string;
}) {
  return (
    <ReasonButton
      triggerLabel="Cabut"
      title="Cabut konflik"
      description={description}
      confirmLabel="Cabut konflik"
      run={(reason) => liftConflictAction({ roundId, conflictId, reason })}
    />
  );
}

export function ReleaseJudgeButton({ roundId, judgeId, name }: { roundId: string; judgeId: string; name: string }) {
  return (
    <ReasonButton
      triggerLabel="Mundur"
      triggerVariant="ghost"
      title={`${name} mundur dari babak`}
      description="Juri ini tidak menerima usulan baru. Usulan yang belum dinilai final dicabut darinya (draf nilainya disimpan, tidak dihitung) dan langsung dibagikan ke juri lain tanpa konflik, dalam batas beban masing-masing. Nilai yang sudah dikirim tetap dihitung."
      confirmLabel="Alihkan usulannya"
      run={(reason) => releaseJudgeAction({ roundId, judgeId, reason })}
    />
  );
}
