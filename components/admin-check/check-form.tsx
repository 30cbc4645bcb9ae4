"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Textarea } from "@/components/ui/field";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useStep } from "@/components/proposals/workflow/use-step";
import { decideCheckAction } from "@/lib/admin-check/actions";
import { CHECK_OUTCOMES, decideCheckSchema, OUTCOME_LABEL, type DecideCheckInput } from "@/lib/admin-check/schemas";
import type { ChecklistItem } from "@/lib/admin-check/service";

const OUTCOME_HINT: Record<DecideCheckInput["outcome"], string> = {
  PASS: "Masuk ke tahap penilaian.",
  FAIL: "Gugur; alasan dikirim ke unit dan admin lokal.",
  RETURN_FOR_CORRECTION: "Unit memperbaiki lalu mengirim ulang sebelum batas waktu.",
};

type Props = {
  proposalId: string;
  version: number;
  title: string;
  checklist: ChecklistItem[];
  defaultDeadline: string;
  minDeadline: string;
};

export function CheckForm({ proposalId, version, title, checklist, defaultDeadline, minDeadline }: Props) {
  const step = useStep(decideCheckAction);
  const [pendingValues, setPendingValues] = useState<DecideCheckInput | null>(null);
  const form = useForm<DecideCheckInput>({
    resolver: zodResolver(decideCheckSchema),
    defaultValues: {
      proposalId,
      version,
      outcome: undefined,
      reason: "",
      correctionDeadline: defaultDeadline,
      items: checklist.map((i) => ({ key: i.key, result: i.result || undefined, note: i.note })),
    },
  });
  const { errors } = form.formState;
  const outcome = useWatch({ control: form.control, name: "outcome" });
  const serverError = (k: string) => step.fieldErrors?.[k]?.[0];

  async function confirm() {
    if (!pendingValues) return;
    const ok = await step.run(pendingValues);
    setPendingValues(null);
    // The decision replaces the form at the top of the page; take the admin there to read it.
    if (ok) window.scrollTo({ top: 0, behavior: "smooth" });
  }

  if (step.outcome?.tone === "success") {
    return <Alert tone="success">{step.outcome.text}</Alert>;
  }

  return (
    <>
      <form noValidate className="space-y-6" onSubmit={form.handleSubmit((values) => setPendingValues(values))}>
        {step.outcome?.tone === "error" && <Alert tone="error">{step.outcome.text}</Alert>}
        <fieldset className="space-y-3">
          <legend className="text-base font-bold text-brand-950">Daftar periksa</legend>
          <p className="text-sm text-slate-600">
            Butir otomatis sudah diisi dari data usulan; periksa dan ubah bila perlu, dengan catatan.
          </p>
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200">
            {checklist.map((item, i) => {
              const err = errors.items?.[i]?.result?.message;
              const flagged = item.auto && item.result === "fail";
              return (
                <li key={item.key} className={cn("space-y-2 p-4", flagged && "bg-red-50/60")}>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold text-slate-900">{item.label}</span>
                    {item.auto ? <Badge tone={flagged ? "danger" : "success"}>Otomatis</Badge> : <Badge>Manual</Badge>}
                  </div>
                  {item.autoNote && <p className="text-sm text-slate-700">{item.autoNote}</p>}
                  <div
                    role="radiogroup"
                    aria-label={`Hasil: ${item.label}`}
                    aria-invalid={Boolean(err)}
                    className="flex flex-wrap gap-2"
                  >
                    {(["pass", "fail"] as const).map((r) => (
                      <label
                        key={r}
                        className={cn(
                          "inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm font-medium",
                          "has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-900",
                          r === "fail" &&
                            "has-[:checked]:border-red-600 has-[:checked]:bg-red-50 has-[:checked]:text-red-900",
                          "border-slate-300 bg-white",
                        )}
                      >
                        <input
                          type="radio"
                          value={r}
                          {...form.register(`items.${i}.result`)}
                          className="size-4 accent-brand-700"
                        />
                        {r === "pass" ? "Memenuhi" : "Tidak memenuhi"}
                      </label>
                    ))}
                  </div>
                  {err && <p className="text-sm font-medium text-red-700">{err}</p>}
                  <label htmlFor={`catatan-${item.key}`} className="sr-only">
                    Catatan untuk {item.label}
                  </label>
                  <Input
                    id={`catatan-${item.key}`}
                    placeholder="Catatan (opsional)"
                    {...form.register(`items.${i}.note`)}
                    className="py-2 text-sm"
                  />
                </li>
              );
            })}
          </ol>
        </fieldset>

        {/* Sized by the form's own width, not the screen's: beside the proposal the column is narrow. */}
        <fieldset className="@container space-y-3">
          <legend className="text-base font-bold text-brand-950">Hasil seleksi</legend>
          <div className="grid gap-2 @xl:grid-cols-3">
            {CHECK_OUTCOMES.map((o) => (
              <label
                key={o}
                className={cn(
                  "flex cursor-pointer gap-3 rounded-lg border border-slate-300 bg-white p-3 text-sm",
                  "has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600/20",
                )}
              >
                <input
                  type="radio"
                  value={o}
                  {...form.register("outcome")}
                  className="mt-0.5 size-4 shrink-0 accent-brand-700"
                />
                <span>
                  <span className="block font-semibold text-slate-900">{OUTCOME_LABEL[o]}</span>
                  <span className="text-slate-600">{OUTCOME_HINT[o]}</span>
                </span>
              </label>
            ))}
          </div>
          {(errors.outcome?.message ?? serverError("outcome")) && (
            <p className="text-sm font-medium text-red-700">{errors.outcome?.message ?? serverError("outcome")}</p>
          )}
        </fieldset>

        {outcome && outcome !== "PASS" && (
          <Field
            id="alasan"
            label={outcome === "FAIL" ? "Alasan tidak lolos" : "Yang harus diperbaiki"}
            required
            hint="Unit dan admin lokal membaca teks ini di email dan di halaman usulan."
            error={errors.reason?.message ?? serverError("reason")}
          >
            {(aria) => <Textarea {...aria} rows={4} {...form.register("reason")} />}
          </Field>
        )}
        {outcome === "RETURN_FOR_CORRECTION" && (
          <Field
            id="batas-perbaikan"
            label="Batas waktu perbaikan (WIB)"
            required
            hint="Setelah waktu ini usulan tidak dapat diubah atau dikirim ulang."
            error={errors.correctionDeadline?.message ?? serverError("correctionDeadline")}
            className="max-w-xs"
          >
            {(aria) => (
              <Input {...aria} type="datetime-local" min={minDeadline} {...form.register("correctionDeadline")} />
            )}
          </Field>
        )}

        <Button type="submit" disabled={step.pending}>
          Simpan keputusan
        </Button>
      </form>

      <ConfirmDialog
        open={pendingValues !== null}
        onClose={() => setPendingValues(null)}
        title="Simpan hasil seleksi?"
        onSubmit={confirm}
        footer={
          <ConfirmActions
            onCancel={() => setPendingValues(null)}
            pending={step.pending}
            confirmLabel={`Ya, ${pendingValues ? OUTCOME_LABEL[pendingValues.outcome].toLowerCase() : "simpan"}`}
            pendingLabel="Menyimpan…"
            variant={pendingValues?.outcome === "FAIL" ? "danger" : "primary"}
          />
        }
      >
        <p>
          <strong>{title}</strong> akan dinyatakan{" "}
          <strong>{pendingValues ? OUTCOME_LABEL[pendingValues.outcome].toLowerCase() : ""}</strong>. Keputusan tercatat
          dengan nama Anda dan diberitahukan ke unit; tidak dapat dibatalkan dari halaman ini.
        </p>
      </ConfirmDialog>
    </>
  );
}
