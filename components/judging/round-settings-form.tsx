"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useUnsavedWarning } from "@/components/editions/unsaved-warning";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, NumberInput, optionalNumber, Select } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { updateRoundAction } from "@/lib/judging/actions";
import {
  ENTRY_SOURCE_LABEL,
  ENTRY_SOURCES,
  NORMALISATION_LABEL,
  NORMALISATIONS,
  roundSettingsSchema,
  type RoundSettingsInput,
  type RoundState,
} from "@/lib/judging/schemas";
import { RoundBasicFields, RoundShareField } from "./round-fields";

const FIELDS = [
  "name",
  "kind",
  "opensAt",
  "closesAt",
  "entrySource",
  "panelMode",
  "judgesPerEntry",
  "sharePercent",
  "normalisation",
  "anonymised",
  "advanceCount",
];

function Check({
  id,
  label,
  hint,
  disabled,
  ...props
}: { id: string; label: string; hint: string; disabled: boolean } & ReturnType<
  ReturnType<typeof useForm<RoundSettingsInput>>["register"]
>) {
  return (
    <label htmlFor={id} className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <input
        id={id}
        type="checkbox"
        disabled={disabled}
        className="mt-0.5 size-5 shrink-0 accent-brand-700"
        {...props}
      />
      <span>
        <span className="font-semibold text-slate-900">{label}</span>
        <span className="block text-slate-600">{hint}</span>
      </span>
    </label>
  );
}

/** The round's settings. Once the round is open only its name and a later closing time can change. */
export function RoundSettingsForm({
  roundId,
  state,
  initial,
}: {
  roundId: string;
  state: RoundState;
  initial: RoundSettingsInput;
}) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<RoundSettingsInput>({ resolver: zodResolver(roundSettingsSchema), defaultValues: initial });
  const { errors, isSubmitting, isDirty } = form.formState;
  useUnsavedWarning(isDirty);
  const panelMode = useWatch({ control: form.control, name: "panelMode" });
  const closed = state === "CLOSED" || state === "SEALED";
  const locked = state !== "DRAFT";

  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    // A running round's locked fields are sent as they were (the server refuses any change to them).
    const sent = locked ? { ...initial, name: values.name, closesAt: values.closesAt } : values;
    const r = await updateRoundAction({ roundId, ...sent });
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, FIELDS));
      return;
    }
    form.reset(sent);
    setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
    router.refresh();
  });

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {locked && !closed && (
        <p className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
          Babak sedang berjalan: hanya nama dan waktu tutup (diperpanjang) yang masih dapat diubah.
        </p>
      )}
      <fieldset disabled={closed} className="grid gap-4 sm:grid-cols-2">
        <RoundBasicFields form={form} idPrefix="atur" locked={locked} />
        <Field
          id="atur-sumber"
          label="Usulan yang masuk"
          required
          error={errors.entrySource?.message}
          className="sm:col-span-2"
        >
          {(aria) => (
            <Select {...aria} disabled={locked} {...form.register("entrySource")}>
              {ENTRY_SOURCES.map((k) => (
                <option key={k} value={k}>
                  {ENTRY_SOURCE_LABEL[k]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Check
            id="atur-panel"
            label="Mode panel"
            hint="Setiap juri babak ini menilai setiap usulan (misalnya presentasi di depan satu panel). Tanpa mode panel, setiap usulan dinilai sejumlah juri di bawah."
            disabled={locked}
            {...form.register("panelMode")}
          />
        </div>
        {!panelMode && (
          <Field id="atur-juri" label="Juri per usulan" required error={errors.judgesPerEntry?.message}>
            {(aria) => (
              <NumberInput
                {...aria}
                min={1}
                disabled={locked}
                {...form.register("judgesPerEntry", { valueAsNumber: true })}
              />
            )}
          </Field>
        )}
        <RoundShareField form={form} idPrefix="atur" locked={locked} />
        <Field id="atur-normalisasi" label="Normalisasi nilai" required error={errors.normalisation?.message}>
          {(aria) => (
            <Select {...aria} disabled={locked} {...form.register("normalisation")}>
              {NORMALISATIONS.map((k) => (
                <option key={k} value={k}>
                  {NORMALISATION_LABEL[k]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="atur-lolos"
          label="Jumlah yang lolos ke babak berikutnya"
          error={errors.advanceCount?.message}
          hint="Kosongkan bila babak terakhir."
        >
          {(aria) => (
            <NumberInput
              {...aria}
              min={1}
              disabled={locked}
              {...form.register("advanceCount", { setValueAs: optionalNumber })}
            />
          )}
        </Field>
        <div className="sm:col-span-2">
          <Check
            id="atur-anonim"
            label="Anonim bagi juri"
            hint="Juri tidak melihat nama unit dan instansi pengusul pada babak ini."
            disabled={locked}
            {...form.register("anonymised")}
          />
        </div>
      </fieldset>
      <FeedbackAlert feedback={feedback} />
      {!closed && (
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Menyimpan…" : "Simpan pengaturan"}
        </Button>
      )}
    </form>
  );
}
