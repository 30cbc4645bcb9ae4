"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input, optionalNumber } from "@/components/ui/field";
import { setQuotaAction } from "@/lib/editions/actions";
import { setQuotaSchema, type SetQuotaInput } from "@/lib/editions/schemas";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { applyServerErrors } from "@/components/ui/server-errors";

export type QuotaRowView = {
  institutionId: string;
  name: string;
  kindLabel: string;
  override: number | null;
  submitted: number;
  inProgress: number;
};

function QuotaForm({ editionId, row, defaultQuota }: { editionId: string; row: QuotaRowView; defaultQuota: number }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<SetQuotaInput>({
    resolver: zodResolver(setQuotaSchema),
    defaultValues: { editionId, institutionId: row.institutionId, maxProposals: row.override },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const effective = row.override ?? defaultQuota;
  const over = row.submitted > effective;
  const inputId = `kuota-${row.institutionId}`;

  const save = async (values: SetQuotaInput) => {
    setFeedback(null);
    const r = await setQuotaAction(values);
    if (!r.ok) {
      if (!applyServerErrors(form.setError, r.fieldErrors, ["maxProposals"]).applied)
        setFeedback({ tone: "error", text: r.error });
      return;
    }
    form.reset(values);
    setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
    router.refresh();
  };

  return (
    <form noValidate onSubmit={form.handleSubmit(save)} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 lg:flex-nowrap">
        <label htmlFor={inputId} className="sr-only">
          Kuota khusus {row.name}
        </label>
        <div className="w-32 shrink-0">
          <Input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={0}
            placeholder="Bawaan"
            aria-invalid={Boolean(errors.maxProposals)}
            aria-describedby={errors.maxProposals ? `${inputId}-error` : undefined}
            {...form.register("maxProposals", { setValueAs: optionalNumber })}
          />
        </div>
        <Button type="submit" size="sm" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Menyimpan…" : "Simpan"}
        </Button>
        {row.override !== null && (
          <Button
            variant="ghost"
            size="sm"
            disabled={isSubmitting}
            onClick={() => save({ editionId, institutionId: row.institutionId, maxProposals: null })}
          >
            Pakai bawaan
          </Button>
        )}
      </div>
      {errors.maxProposals && (
        <p id={`${inputId}-error`} className="text-sm font-medium text-red-700">
          {errors.maxProposals.message}
        </p>
      )}
      {over && <p className="text-xs font-medium text-amber-800">Usulan terkirim sudah melebihi kuota ini.</p>}
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}

function Usage({ row, defaultQuota }: { row: QuotaRowView; defaultQuota: number }) {
  const effective = row.override ?? defaultQuota;
  return (
    <div className="text-sm">
      <p className={cn("font-semibold tabular-nums", row.submitted > effective ? "text-amber-800" : "text-slate-900")}>
        {row.submitted} dari {effective} terkirim
      </p>
      <p className="text-xs text-slate-600">{row.override === null ? "Kuota bawaan" : "Kuota khusus"}</p>
      {row.inProgress > 0 && (
        <p className="text-xs text-slate-600">{row.inProgress} usulan masih di unit/admin lokal</p>
      )}
    </div>
  );
}

/** One list for every width (each row holds a form, so it is rendered once): columns on wide screens, cards on phones. */
export function QuotaTable({
  editionId,
  rows,
  defaultQuota,
}: {
  editionId: string;
  rows: QuotaRowView[];
  defaultQuota: number;
}) {
  const grid = "md:grid md:grid-cols-[minmax(0,1fr)_13rem_minmax(0,22rem)] md:gap-4";
  return (
    <div className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div
        aria-hidden="true"
        className={cn(
          "hidden rounded-t-xl bg-slate-50 px-4 py-3 text-xs font-semibold uppercase tracking-wide text-slate-600",
          grid,
        )}
      >
        <span>Instansi</span>
        <span>Usulan</span>
        <span>Kuota khusus</span>
      </div>
      <ul className="divide-y divide-slate-100" aria-label="Kuota per instansi">
        {rows.map((r) => (
          <li key={r.institutionId} className={cn("space-y-3 p-4 md:space-y-0", grid)}>
            <div>
              <p className="font-semibold text-slate-900">{r.name}</p>
              <p className="text-xs text-slate-500">{r.kindLabel}</p>
            </div>
            <Usage row={r} defaultQuota={defaultQuota} />
            <QuotaForm editionId={editionId} row={r} defaultQuota={defaultQuota} />
          </li>
        ))}
      </ul>
    </div>
  );
}
