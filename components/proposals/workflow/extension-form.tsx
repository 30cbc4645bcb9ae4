"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Textarea } from "@/components/ui/field";
import { grantExtensionAction } from "@/lib/proposals/workflow-actions";
import { grantExtensionSchema, type GrantExtensionInput } from "@/lib/proposals/workflow-schemas";
import { useStep } from "./use-step";

/** The admin's per-proposal extension: the only way a proposal is sent after the registration deadline. */
export function ExtensionForm({
  proposalId,
  defaultUntil,
  minUntil,
}: {
  proposalId: string;
  defaultUntil: string;
  minUntil: string;
}) {
  const step = useStep(grantExtensionAction);
  const form = useForm<GrantExtensionInput>({
    resolver: zodResolver(grantExtensionSchema),
    defaultValues: { proposalId, until: defaultUntil, reason: "" },
  });
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        if (await step.run(values)) form.reset({ ...values, reason: "" });
      })}
    >
      {step.outcome && <Alert tone={step.outcome.tone}>{step.outcome.text}</Alert>}
      <Field
        id="perpanjangan-sampai"
        label="Berlaku sampai (WIB)"
        required
        error={errors.until?.message ?? step.fieldErrors?.until?.[0]}
      >
        {(aria) => <Input {...aria} type="datetime-local" min={minUntil} {...form.register("until")} />}
      </Field>
      <Field
        id="perpanjangan-alasan"
        label="Alasan"
        required
        hint="Tercatat di log audit dan dikirim ke unit serta admin lokal."
        error={errors.reason?.message ?? step.fieldErrors?.reason?.[0]}
      >
        {(aria) => <Textarea {...aria} rows={3} {...form.register("reason")} />}
      </Field>
      <Button type="submit" disabled={step.pending}>
        {step.pending ? "Menyimpan…" : "Beri perpanjangan"}
      </Button>
    </form>
  );
}
