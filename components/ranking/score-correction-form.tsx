"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, NumberInput, Select, Textarea } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { correctScoreAction } from "@/lib/ranking/actions";
import { correctScoreSchema, type CorrectScoreInput } from "@/lib/ranking/schemas";

const FIELDS = ["criterionId", "value", "reason"];

type Criterion = { criterionId: string; name: string; scaleMin: number; scaleMax: number; value: number | null };

/**
 * An admin's correction of one score on one judge's sheet after judging closed: the criterion, the new value
 * and the reason, which is recorded in the sheet's history, the audit log and the minutes.
 */
export function ScoreCorrectionForm({
  roundId,
  sheetId,
  judgeName,
  sealed,
  criteria,
}: {
  roundId: string;
  sheetId: string;
  judgeName: string;
  sealed: boolean;
  criteria: Criterion[];
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<CorrectScoreInput>({
    resolver: zodResolver(correctScoreSchema),
    defaultValues: { roundId, sheetId, criterionId: criteria[0]?.criterionId ?? "", reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const chosenId = useWatch({ control: form.control, name: "criterionId" });
  const chosen = criteria.find((c) => c.criterionId === chosenId);
  const id = `koreksi-${sheetId}`;
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await correctScoreAction(values);
    if (!r.ok) return setFeedback(refusal(form.setError, r, FIELDS));
    form.reset({ roundId, sheetId, criterionId: values.criterionId, reason: "" });
    setFeedback({ tone: "success", text: r.message ?? "Nilai dikoreksi." });
    setOpen(false);
    router.refresh();
  });
  if (!open)
    return (
      <div className="mt-3 space-y-2">
        <FeedbackAlert feedback={feedback} />
        <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-controls={id}>
          Koreksi nilai {judgeName}
        </Button>
      </div>
    );
  return (
    <form
      id={id}
      noValidate
      onSubmit={submit}
      aria-label={`Koreksi nilai ${judgeName}`}
      className="mt-3 space-y-3 rounded-lg border border-gold-300 bg-gold-50/50 p-3"
    >
      <p className="text-sm text-slate-700">
        {sealed
          ? "Babak sudah disegel: koreksi mengubah sidik nilai, dan tercatat di riwayat lembar, log audit, dan berita acara."
          : "Koreksi setelah babak ditutup tercatat di riwayat lembar, log audit, dan berita acara."}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-kriteria`} label="Kriteria" required error={errors.criterionId?.message}>
          {(aria) => (
            <Select {...aria} {...form.register("criterionId")}>
              {criteria.map((c) => (
                <option key={c.criterionId} value={c.criterionId}>
                  {c.name} (sekarang {c.value ?? "—"})
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id={`${id}-nilai`}
          label="Nilai baru"
          required
          error={errors.value?.message}
          hint={chosen ? `Skala ${chosen.scaleMin}–${chosen.scaleMax}.` : undefined}
        >
          {(aria) => (
            <NumberInput
              {...aria}
              inputMode="decimal"
              step="0.01"
              min={chosen?.scaleMin}
              max={chosen?.scaleMax}
              {...form.register("value", { valueAsNumber: true })}
            />
          )}
        </Field>
      </div>
      <Field id={`${id}-alasan`} label="Alasan koreksi" required error={errors.reason?.message}>
        {(aria) => <Textarea {...aria} rows={2} maxLength={2000} {...form.register("reason")} />}
      </Field>
      <FeedbackAlert feedback={feedback} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting ? "Menyimpan…" : "Simpan koreksi"}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)} disabled={isSubmitting}>
          Batal
        </Button>
      </div>
    </form>
  );
}
