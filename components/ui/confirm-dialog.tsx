"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { Alert } from "./alert";
import { Button, type ButtonVariant } from "./button";
import { cn } from "./cn";

type ConfirmDialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** The dialog's buttons (and form fields, when `onSubmit` is given). */
  footer: ReactNode;
  onSubmit?: (e: FormEvent<HTMLFormElement>) => void;
  /** While true, Escape does not close the dialog (a change is being saved). */
  busy?: boolean;
  className?: string;
};

/**
 * A modal confirmation on the native <dialog>: focus moves into it and stays there, Escape closes it, the page
 * behind is inert, and focus returns to the opener on close. Rendered into <body> (after hydration), so a
 * button that opens it may sit inside another form without nesting forms.
 */
export function ConfirmDialog({
  open,
  onClose,
  title,
  children,
  footer,
  onSubmit,
  busy = false,
  className,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inBrowser = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open, inBrowser]);
  if (!inBrowser) return null;
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        if (busy) e.preventDefault();
        else onClose();
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50",
        className,
      )}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          // React bubbles events through portals: keep this submit away from any form around the opener.
          e.stopPropagation();
          if (onSubmit) {
            e.preventDefault();
            onSubmit(e);
          }
        }}
      >
        <div className="space-y-3 p-5 sm:p-6">
          <h2 id={titleId} className="text-lg font-bold text-brand-950">
            {title}
          </h2>
          <div className="space-y-3 text-sm leading-relaxed text-slate-700">{children}</div>
        </div>
        <div className="flex flex-col-reverse gap-2 border-t border-slate-100 px-5 py-4 sm:flex-row sm:justify-end sm:px-6">
          {footer}
        </div>
      </form>
    </dialog>,
    document.body,
  );
}

const noSubscribe = () => () => {};

type ConfirmActionsProps = {
  onCancel: () => void;
  pending: boolean;
  confirmLabel: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  /** Runs the step; without it the confirm button submits the dialog's form. */
  onConfirm?: () => void;
  /** Holds the confirming button (e.g. while the step is known to be refused); "Batal" stays available. */
  confirmDisabled?: boolean;
};

/** The foot of every confirmation: "Batal" and the confirming button, both held while the step runs. */
export function ConfirmActions({
  onCancel,
  pending,
  confirmLabel,
  pendingLabel = "Memproses…",
  variant = "primary",
  onConfirm,
  confirmDisabled = false,
}: ConfirmActionsProps) {
  return (
    <>
      <Button variant="secondary" onClick={onCancel} disabled={pending}>
        Batal
      </Button>
      <Button
        type={onConfirm ? "button" : "submit"}
        variant={variant}
        onClick={onConfirm}
        disabled={pending || confirmDisabled}
      >
        {pending ? pendingLabel : confirmLabel}
      </Button>
    </>
  );
}

export type ConfirmOutcome = { ok: true } | { ok: false; error: string };

type ConfirmButtonProps = {
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

/** A button that asks before a change that is hard to undo (remove, disable, end a role), then runs it. */
export function ConfirmButton({
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
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      const r = await onConfirm();
      if (r.ok) setOpen(false);
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
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        busy={pending}
        title={title}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={pending}
            confirmLabel={confirmLabel}
            pendingLabel={pendingLabel}
            variant={tone === "danger" ? "danger" : "primary"}
            onConfirm={confirm}
          />
        }
      >
        {children}
        {error && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </>
  );
}
