"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { consolidateAction } from "@/lib/ranking/actions";
import {
  CONSOLIDATION_LABEL,
  CONSOLIDATION_OUTCOMES,
  consolidateSchema,
  type ConsolidateInput,
} from "@/lib/ranking/schemas";

const FIELDS = ["outcome", "note"];

/** The panel's consolidation note on one entry whose judges diverge: what came of it, and why. */
export function ConsolidationForm({
  roundId,
  proposalId,
  title,
  initial,
}: {
  roundId: string;
  proposalId: string;
  title: string;
  initial: Pick<ConsolidateInput, "outcome" | "note"> | null;
}) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<ConsolidateInput>({
    resolver: zodResolver(consolidateSchema),
    defaultValues: { roundId, proposalId, outcome: initial?.outcome, note: initial?.note ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const id = `konsolidasi-${proposalId}`;
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await consolidateAction(values);
    if (!r.ok) return setFeedback(refusal(form.setError, r, FIELDS));
    setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
    router.refresh();
  });
  return (
    <form noValidate onSubmit={submit} aria-label={`Catatan konsolidasi: ${title}`} className="mt-3 space-y-3">
      <fieldset aria-describedby={errors.outcome ? `${id}-hasil-error` : undefined}>
        <legend className="text-sm font-semibold text-slate-800">
          Hasil pembahasan
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="mt-1.5 grid gap-2 sm:grid-cols-3">
          {CONSOLIDATION_OUTCOMES.map((o) => (
            <label
              key={o}
              className="flex items-start gap-2 rounded-lg border border-slate-200 bg-white p-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                value={o}
                className="mt-0.5 size-4 shrink-0 accent-brand-700"
                {...form.register("outcome")}
              />
              <span>{CONSOLIDATION_LABEL[o]}</span>
            </label>
          ))}
        </div>
        {errors.outcome && (
          <p id={`${id}-hasil-error`} className="mt-1 text-sm font-medium text-red-700">
            {errors.outcome.message}
          </p>
        )}
      </fieldset>
      <Field
        id={`${id}-catatan`}
        label="Catatan"
        required
        error={errors.note?.message}
        hint="Bila lembar nilai direvisi, tulis alasannya dan koreksi nilainya lewat halaman “mengapa peringkat ini”."
      >
        {(aria) => <Textarea {...aria} rows={3} maxLength={2000} {...form.register("note")} />}
      </Field>
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" size="sm" disabled={isSubmitting}>
        {isSubmitting ? "Menyimpan…" : initial ? "Perbarui catatan" : "Simpan catatan"}
      </Button>
    </form>
  );
}
