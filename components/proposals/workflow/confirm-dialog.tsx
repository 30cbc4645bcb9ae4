"use client";

import { useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { cn } from "@/components/ui/cn";

type ConfirmDialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** The dialog's buttons (and form fields, when `onSubmit` is given). */
  footer: ReactNode;
  onSubmit?: (e: React.FormEvent<HTMLFormElement>) => void;
  className?: string;
};

/**
 * A modal confirmation on the native <dialog>: focus moves into it, Escape closes it, the page behind is
 * inert. Used before every step that hands a proposal to someone else. Rendered into <body> (after hydration),
 * so a button that opens it may sit inside another form without nesting forms.
 */
export function ConfirmDialog({ open, onClose, title, children, footer, onSubmit, className }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const inBrowser = useSyncExternalStore(noSubscribe, () => true, () => false);
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
      onCancel={onClose}
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
        <div className="flex flex-col-reverse gap-2 border-t border-slate-100 px-5 py-4 sm:flex-row sm:justify-end sm:px-6">{footer}</div>
      </form>
    </dialog>,
    document.body,
  );
}

const noSubscribe = () => () => {};
