"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  useFieldArray,
  useForm,
  useWatch,
  type Control,
  type UseFormRegister,
  type FieldErrors,
} from "react-hook-form";
import { useUnsavedWarning } from "@/components/editions/unsaved-warning";
import { MoveButtons } from "@/components/editions/move-buttons";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConfirmDialog, ConfirmActions } from "@/components/ui/confirm-dialog";
import { Field, Input, NumberInput, Select, Textarea } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { saveRubricAction } from "@/lib/judging/actions";
import { isHundred, percentTotal } from "@/lib/judging/round-rules";
import { presetCriteria, RUBRIC_PRESETS, RUBRIC_PRESET_KEYS, type RubricPresetKey } from "@/lib/judging/rubric-presets";
import { rubricSchema, type CriterionInput, type RubricInput } from "@/lib/judging/schemas";

const isField = (key: string) =>
  key === "criteria" || /^criteria\.\d+\.(name|description|weight|scaleMin|scaleMax|levels)/.test(key);

const EMPTY_CRITERION: CriterionInput = { name: "", description: "", weight: 0, scaleMin: 1, scaleMax: 10, levels: [] };

function LevelsEditor({
  index,
  control,
  register,
  errors,
}: {
  index: number;
  control: Control<RubricInput>;
  register: UseFormRegister<RubricInput>;
  errors: FieldErrors<RubricInput>;
}) {
  const levels = useFieldArray({ control, name: `criteria.${index}.levels` });
  const levelErrors = errors.criteria?.[index]?.levels;
  const message = levelErrors?.message ?? levelErrors?.root?.message;
  return (
    <details className="rounded-lg border border-slate-200 bg-slate-50 p-3" open={Boolean(message)}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">
        Panduan per tingkat ({levels.fields.length})
      </summary>
      <p className="mt-2 text-sm text-slate-600">
        Rentang nilai tiap tingkat harus bersambung dari nilai terendah sampai tertinggi skala.
      </p>
      {message && <p className="mt-2 text-sm font-medium text-red-700">{message}</p>}
      <ol className="mt-3 space-y-3">
        {levels.fields.map((l, j) => (
          <li
            key={l.id}
            className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-[5rem_5rem_10rem_1fr_auto] sm:items-end"
          >
            <Field id={`k${index}-t${j}-min`} label="Dari">
              {(aria) => (
                <NumberInput {...aria} {...register(`criteria.${index}.levels.${j}.min`, { valueAsNumber: true })} />
              )}
            </Field>
            <Field id={`k${index}-t${j}-max`} label="Sampai">
              {(aria) => (
                <NumberInput {...aria} {...register(`criteria.${index}.levels.${j}.max`, { valueAsNumber: true })} />
              )}
            </Field>
            <Field id={`k${index}-t${j}-label`} label="Tingkat" error={levelErrors?.[j]?.label?.message}>
              {(aria) => <Input {...aria} {...register(`criteria.${index}.levels.${j}.label`)} />}
            </Field>
            <Field id={`k${index}-t${j}-text`} label="Panduan" error={levelErrors?.[j]?.text?.message}>
              {(aria) => <Input {...aria} {...register(`criteria.${index}.levels.${j}.text`)} />}
            </Field>
            <Button variant="ghost" size="sm" onClick={() => levels.remove(j)} aria-label={`Hapus tingkat ${j + 1}`}>
              Hapus
            </Button>
          </li>
        ))}
      </ol>
      <Button
        variant="secondary"
        size="sm"
        className="mt-3"
        onClick={() => {
          const last = levels.fields.at(-1);
          const from = last ? Number(last.max) + 1 : 1;
          levels.append({ min: from, max: from, label: "", text: "" });
        }}
      >
        Tambah tingkat
      </Button>
    </details>
  );
}

function WeightTotal({ control }: { control: Control<RubricInput> }) {
  const criteria = useWatch({ control, name: "criteria" }) ?? [];
  const weights = criteria.map((c) => Number(c?.weight) || 0);
  const ok = isHundred(weights);
  return (
    <p
      role="status"
      className={cn(
        "rounded-lg border p-3 text-sm font-semibold",
        ok ? "border-emerald-200 bg-emerald-50 text-emerald-900" : "border-amber-200 bg-amber-50 text-amber-900",
      )}
    >
      Jumlah bobot: {percentTotal(weights)} %{ok ? " ✓" : " — harus tepat 100 %"}
    </p>
  );
}

function PresetLoader({ onLoad }: { onLoad: (key: RubricPresetKey) => void }) {
  const [key, setKey] = useState<RubricPresetKey>("KOVABLIK_DESK");
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <Field id="rubrik-preset" label="Mulai dari preset" className="sm:w-96">
        {(aria) => (
          <Select {...aria} value={key} onChange={(e) => setKey(e.target.value as RubricPresetKey)}>
            {RUBRIC_PRESET_KEYS.map((k) => (
              <option key={k} value={k}>
                {RUBRIC_PRESETS[k].label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Muat preset
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Ganti isi rubrik dengan preset?"
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={false}
            confirmLabel="Ya, muat preset"
            onConfirm={() => {
              onLoad(key);
              setOpen(false);
            }}
          />
        }
      >
        <p>
          Semua kriteria di formulir diganti dengan &ldquo;{RUBRIC_PRESETS[key].label}&rdquo;. Perubahan baru tersimpan
          setelah Anda menekan Simpan rubrik.
        </p>
      </ConfirmDialog>
    </div>
  );
}

/** The rubric of a draft round: every criterion in one form, weights summed live, saved together. */
export function RubricEditor({ roundId, initial }: { roundId: string; initial: CriterionInput[] }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<RubricInput>({ resolver: zodResolver(rubricSchema), defaultValues: { criteria: initial } });
  const criteria = useFieldArray({ control: form.control, name: "criteria" });
  const { errors, isSubmitting, isDirty } = form.formState;
  useUnsavedWarning(isDirty);
  const listError = errors.criteria?.root?.message ?? errors.criteria?.message;

  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await saveRubricAction({ roundId, ...values });
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, isField));
      return;
    }
    form.reset(values);
    setFeedback({ tone: "success", text: r.message ?? "Rubrik disimpan." });
    router.refresh();
  });

  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <PresetLoader onLoad={(key) => criteria.replace(presetCriteria(key))} />
      {criteria.fields.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 text-sm text-slate-600">
          Rubrik masih kosong. Muat salah satu preset di atas atau tambahkan kriteria satu per satu.
        </p>
      ) : (
        <ol className="space-y-4">
          {criteria.fields.map((c, i) => {
            const e = errors.criteria?.[i];
            return (
              <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-base font-bold text-brand-950">Kriteria {i + 1}</h3>
                  <span className="flex flex-wrap gap-1">
                    <MoveButtons
                      name={`kriteria ${i + 1}`}
                      first={i === 0}
                      last={i === criteria.fields.length - 1}
                      onMove={(d) => criteria.move(i, d === "up" ? i - 1 : i + 1)}
                    />
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => criteria.remove(i)}
                      aria-label={`Hapus kriteria ${i + 1}`}
                    >
                      Hapus
                    </Button>
                  </span>
                </div>
                <div className="grid gap-3 sm:grid-cols-[1fr_8rem]">
                  <Field id={`kriteria-${i}-nama`} label="Nama kriteria" required error={e?.name?.message}>
                    {(aria) => <Input {...aria} {...form.register(`criteria.${i}.name`)} />}
                  </Field>
                  <Field id={`kriteria-${i}-bobot`} label="Bobot (%)" required error={e?.weight?.message}>
                    {(aria) => (
                      <NumberInput
                        {...aria}
                        inputMode="decimal"
                        step="0.01"
                        {...form.register(`criteria.${i}.weight`, { valueAsNumber: true })}
                      />
                    )}
                  </Field>
                  <Field
                    id={`kriteria-${i}-deskripsi`}
                    label="Deskripsi"
                    error={e?.description?.message}
                    className="sm:col-span-2"
                  >
                    {(aria) => (
                      <Textarea
                        {...aria}
                        rows={2}
                        className="min-h-16"
                        {...form.register(`criteria.${i}.description`)}
                      />
                    )}
                  </Field>
                  <div className="grid grid-cols-2 gap-3 sm:col-span-2 sm:w-80">
                    <Field id={`kriteria-${i}-min`} label="Nilai terendah" error={e?.scaleMin?.message}>
                      {(aria) => (
                        <NumberInput {...aria} {...form.register(`criteria.${i}.scaleMin`, { valueAsNumber: true })} />
                      )}
                    </Field>
                    <Field id={`kriteria-${i}-max`} label="Nilai tertinggi" error={e?.scaleMax?.message}>
                      {(aria) => (
                        <NumberInput {...aria} {...form.register(`criteria.${i}.scaleMax`, { valueAsNumber: true })} />
                      )}
                    </Field>
                  </div>
                  <div className="sm:col-span-2">
                    <LevelsEditor index={i} control={form.control} register={form.register} errors={errors} />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <Button variant="secondary" onClick={() => criteria.append({ ...EMPTY_CRITERION, levels: [] })}>
        Tambah kriteria
      </Button>
      <WeightTotal control={form.control} />
      {listError && <p className="text-sm font-medium text-red-700">{listError}</p>}
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Menyimpan…" : "Simpan rubrik"}
      </Button>
    </form>
  );
}
