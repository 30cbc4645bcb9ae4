"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { type ButtonVariant } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action";
import { commentedStepSchema, type CommentedStepInput } from "@/lib/proposals/workflow-schemas";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useStep } from "./use-step";

type Props = {
  open: boolean;
  onClose: () => void;
  proposalId: string;
  action: (input: CommentedStepInput) => Promise<ActionResult<unknown>>;
  title: string;
  intro: React.ReactNode;
  label: string;
  hint: string;
  confirmLabel: string;
  confirmVariant?: ButtonVariant;
};

/** A step whose note the unit will read: the note is required, here and on the server. */
export function CommentStepDialog({
  open,
  onClose,
  proposalId,
  action,
  title,
  intro,
  label,
  hint,
  confirmLabel,
  confirmVariant = "primary",
}: Props) {
  const step = useStep(action);
  const form = useForm<CommentedStepInput>({
    resolver: zodResolver(commentedStepSchema),
    defaultValues: { proposalId, comment: "" },
  });
  const error = form.formState.errors.comment?.message ?? step.fieldErrors?.comment?.[0];
  return (
    <ConfirmDialog
      open={open}
      onClose={onClose}
      title={title}
      onSubmit={form.handleSubmit(async (values) => {
        if (await step.run(values)) {
          form.reset({ proposalId, comment: "" });
          onClose();
        }
      })}
      footer={
        <ConfirmActions
          onCancel={onClose}
          pending={step.pending}
          confirmLabel={confirmLabel}
          variant={confirmVariant}
        />
      }
    >
      {intro}
      {step.outcome?.tone === "error" && <Alert tone="error">{step.outcome.text}</Alert>}
      <Field id={`catatan-${proposalId}-${confirmLabel.length}`} label={label} hint={hint} required error={error}>
        {(aria) => <Textarea {...aria} rows={5} {...form.register("comment")} />}
      </Field>
    </ConfirmDialog>
  );
}
