"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, NumberInput } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { NORMALISATION_LABEL, type RoundState } from "@/lib/judging/schemas";
import { updateRankingSettingsAction } from "@/lib/ranking/actions";
import { thresholdSchema } from "@/lib/ranking/schemas";

type Values = z.input<typeof thresholdSchema>;
const FIELDS = ["divergenceThreshold", "minSheetsPerJudge"];

/**
 * The ranking's two settings that may still change after scoring opened (until the round is sealed): the
 * divergence threshold and the minimum sheets per judge for normalisation. The method itself is chosen before
 * scoring opens (on the round's settings) and shown here read-only.
 */
export function RankingSettingsForm({
  roundId,
  state,
  normalisation,
  initial,
}: {
  roundId: string;
  state: RoundState;
  normalisation: keyof typeof NORMALISATION_LABEL;
  initial: { divergenceThreshold: number; minSheetsPerJudge: number };
}) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<Values>({ resolver: zodResolver(thresholdSchema), defaultValues: { roundId, ...initial } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await updateRankingSettingsAction(values);
    if (!r.ok) return setFeedback(refusal(form.setError, r, FIELDS));
    setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
    router.refresh();
  });
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
        Metode: <strong>{NORMALISATION_LABEL[normalisation]}</strong>.{" "}
        {state === "DRAFT"
          ? "Metode dipilih di tab “Pengaturan & rubrik” sebelum penilaian dibuka."
          : "Metode tidak dapat diubah lagi: penilaian sudah dibuka, dan mengganti cara menghitung di tengah jalan akan mengubah peringkat yang sudah dilihat juri dan panitia."}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="peringkat-ambang"
          label="Ambang selisih nilai (poin)"
          required
          error={errors.divergenceThreshold?.message}
          hint="Usulan yang nilai para jurinya berselisih lebih dari ini perlu catatan konsolidasi."
        >
          {(aria) => (
            <NumberInput
              {...aria}
              inputMode="decimal"
              step="0.01"
              min={0}
              max={100}
              {...form.register("divergenceThreshold")}
            />
          )}
        </Field>
        <Field
          id="peringkat-k"
          label="Lembar minimum per juri (k)"
          required
          error={errors.minSheetsPerJudge?.message}
          hint="Normalisasi dipakai hanya bila setiap juri mengirim sekurang-kurangnya sebanyak ini."
        >
          {(aria) => <NumberInput {...aria} min={2} max={100} {...form.register("minSheetsPerJudge")} />}
        </Field>
      </div>
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Menyimpan…" : "Simpan pengaturan peringkat"}
      </Button>
    </form>
  );
}
