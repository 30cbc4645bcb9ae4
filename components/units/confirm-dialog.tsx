"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export type ConfirmOutcome = { ok: true } | { ok: false; error: string };

type ConfirmDialogProps = {
  /** The button that opens the dialog. */
  triggerLabel: string;
  triggerVariant?: ButtonVariant;
  triggerSize?: "sm" | "md";
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  tone?: "danger" | "primary";
  /** Runs the change; on failure the dialog stays open and shows the message. */
  onConfirm: () => Promise<ConfirmOutcome>;
  disabled?: boolean;
};

/**
 * A confirmation step before a change that is hard to undo. The native <dialog> keeps focus inside while
 * open, closes on Escape and gives focus back to the button that opened it.
 */
export function ConfirmDialog({
  triggerLabel,
  triggerVariant = "secondary",
  triggerSize = "md",
  title,
  children,
  confirmLabel,
  pendingLabel = "Memproses…",
  tone = "danger",
  onConfirm,
  disabled,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (pending) return;
    ref.current?.close();
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      const r = await onConfirm();
      if (r.ok) ref.current?.close();
      else setError(r.error);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button
        variant={triggerVariant}
        size={triggerSize}
        disabled={disabled}
        onClick={() => {
          setError(null);
          ref.current?.showModal();
        }}
      >
        {triggerLabel}
      </Button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        onCancel={(e) => {
          if (pending) e.preventDefault();
        }}
        className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50"
      >
        <div className="p-5 sm:p-6">
          <h2 id={titleId} className="text-lg font-bold text-brand-950">
            {title}
          </h2>
          <div className="mt-3 space-y-3 text-sm leading-relaxed text-slate-700">{children}</div>
          {error && (
            <Alert tone="error" className="mt-4">
              {error}
            </Alert>
          )}
        </div>
        <div className="flex flex-col-reverse gap-2 border-t border-slate-100 px-5 py-4 sm:flex-row sm:justify-end sm:px-6">
          <Button variant="secondary" onClick={close} disabled={pending}>
            Batal
          </Button>
          <Button variant={tone === "danger" ? "danger" : "primary"} onClick={confirm} disabled={pending}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
