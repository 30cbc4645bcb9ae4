"use client";

import { useRouter } from "next/navigation";
import { useState, type ComponentProps, type ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmButton, type ConfirmOutcome } from "@/components/ui/confirm-dialog";
import { refusal, type FormFields, type Refusal } from "@/components/ui/server-errors";
import { MoveButtons } from "./move-buttons";

// The one shape of the edition setup editors (categories, form sections, attachment rules): a list whose rows
// turn into an edit form, an "add" form under it, and one result line above. Each editor keeps only its
// fields and its row summary.

export type SaveResult = { ok: true; message?: string } | ({ ok: false } & Refusal);
type MoveResult = { ok: true } | { ok: false; error: string };

/** The list's state: which row is being edited, the result line, and moving a row up or down. */
export function useEditorList() {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const saved = (message: string | undefined, fallback = "Tersimpan.") => {
    setFeedback({ tone: "success", text: message ?? fallback });
    router.refresh();
  };
  const move = async (action: () => Promise<MoveResult>) => {
    setMoving(true);
    setFeedback(null);
    const r = await action();
    setMoving(false);
    if (!r.ok) setFeedback({ tone: "error", text: r.error });
    else router.refresh();
  };
  /** Saves a new row (the add form): on success the list shows the message. */
  const addRow = async <R extends SaveResult>(save: Promise<R>, fallback?: string): Promise<R> => {
    const r = await save;
    if (r.ok) saved(r.message, fallback);
    return r;
  };
  /** Saves an edited row: on success the row closes and the list shows the message. */
  const saveRow = async <R extends SaveResult>(save: Promise<R>): Promise<R> => {
    const r = await save;
    if (r.ok) {
      setEditing(null);
      saved(r.message);
    }
    return r;
  };
  /** The confirm step of removing a row: a refusal stays in the dialog, a success shows on the list. */
  const removeRow =
    (remove: () => Promise<{ ok: true; message?: string } | { ok: false; error: string }>, fallback?: string) =>
    async (): Promise<ConfirmOutcome> => {
      const r = await remove();
      if (!r.ok) return { ok: false, error: r.error };
      saved(r.message, fallback);
      return { ok: true };
    };
  return { editing, setEditing, moving, move, feedback, setFeedback, saved, addRow, saveRow, removeRow };
}

/** An add or edit form's submit: the server's refusal goes onto the fields, a save resets the form. */
export function useEditorSubmit<T extends FieldValues>(
  form: UseFormReturn<T>,
  initial: T,
  onSave: (values: T) => Promise<SaveResult>,
  fields: FormFields,
) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await onSave(values);
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, fields));
      return;
    }
    form.reset(initial);
  });
  return { feedback, submit };
}

/** The foot of an add or edit form: its result line, the submit button and (when editing) "Batal". */
export function EditorFormActions({
  feedback,
  submitLabel,
  pending,
  onCancel,
}: {
  feedback: Feedback;
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
}) {
  return (
    <>
      <FeedbackAlert feedback={feedback} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Menyimpan…" : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" size="sm" onClick={onCancel} disabled={pending}>
            Batal
          </Button>
        )}
      </div>
    </>
  );
}

type EditorListProps = {
  feedback: Feedback;
  /** Shown instead of the list when it has no rows. */
  empty: string;
  /** Numbered rows that can be moved (<ol>) or a plain list (<ul>). */
  ordered?: boolean;
  /** The rows: one <EditorItem> each. */
  children: ReactNode;
  count: number;
  /** Below the list, before the add form (e.g. archived rows). */
  note?: ReactNode;
  addTitle?: string;
  addForm?: ReactNode;
};

export function EditorList({
  feedback,
  empty,
  ordered = false,
  children,
  count,
  note,
  addTitle,
  addForm,
}: EditorListProps) {
  const List = ordered ? "ol" : "ul";
  return (
    <div className="space-y-4">
      <FeedbackAlert feedback={feedback} />
      {count === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 text-sm text-slate-600">
          {empty}
        </p>
      ) : (
        <List className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {children}
        </List>
      )}
      {note}
      {addForm && (
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
          <h3 className="mb-3 text-base font-bold text-brand-950">{addTitle}</h3>
          {addForm}
        </div>
      )}
    </div>
  );
}

/** One row: its edit form while editing, otherwise its summary (numbered in ordered lists) and its actions. */
export function EditorItem({
  form,
  number,
  summary,
  actions,
}: {
  form?: ReactNode;
  number?: number;
  summary: ReactNode;
  actions: ReactNode;
}) {
  return (
    <li className="p-4">
      {form ?? (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          {number === undefined ? (
            <div className="min-w-0">{summary}</div>
          ) : (
            <div className="flex min-w-0 gap-3">
              <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold tabular-nums text-brand-800">
                {number}
              </span>
              <div className="min-w-0">{summary}</div>
            </div>
          )}
          <div className={cn("flex shrink-0 flex-wrap items-center gap-1", number !== undefined && "pl-10 sm:pl-0")}>
            {actions}
          </div>
        </div>
      )}
    </li>
  );
}

/**
 * A row's usual actions: up/down where the list has an order, "Ubah", and removing behind a confirmation
 * that says (as `children`) what removing does.
 */
export function EditorRowActions({
  move,
  onEdit,
  remove,
  children,
}: {
  move?: ComponentProps<typeof MoveButtons>;
  onEdit: () => void;
  remove: {
    label?: string;
    title: string;
    confirmLabel?: string;
    disabled?: boolean;
    onConfirm: () => Promise<ConfirmOutcome>;
  };
  children: ReactNode;
}) {
  return (
    <>
      {move && <MoveButtons {...move} />}
      <Button variant="secondary" size="sm" onClick={onEdit}>
        Ubah
      </Button>
      <ConfirmButton
        triggerLabel={remove.label ?? "Hapus"}
        triggerVariant="ghost"
        triggerSize="sm"
        disabled={remove.disabled}
        title={remove.title}
        confirmLabel={remove.confirmLabel ?? "Ya, hapus"}
        onConfirm={remove.onConfirm}
      >
        {children}
      </ConfirmButton>
    </>
  );
}
