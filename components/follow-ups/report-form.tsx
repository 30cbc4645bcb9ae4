"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { reportFollowUpAction } from "@/lib/follow-ups/actions";

/** The unit's report: is the innovation still running, with this period's figures. */
export function FollowUpReportForm({ followUpId, innovation }: { followUpId: string; innovation: string }) {
  const id = useId();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [running, setRunning] = useState<"ya" | "tidak" | "">("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    start(async () => {
      const r = await reportFollowUpAction({
        followUpId,
        stillRunning: running,
        beneficiaries: String(d.get("beneficiaries") ?? ""),
        budgetRupiah: String(d.get("budgetRupiah") ?? ""),
        notes: String(d.get("notes") ?? ""),
      });
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setFeedback(r.ok ? { tone: "success", text: r.message ?? "Terkirim." } : { tone: "error", text: r.error });
      if (r.ok) router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label={`Laporan tindak lanjut ${innovation}`}>
      <fieldset className="sm:col-span-2" aria-describedby={errors.stillRunning ? `${id}-run-error` : undefined}>
        <legend className="text-sm font-semibold text-slate-800">
          Apakah inovasi masih berjalan?
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="mt-1 flex gap-4">
          {(["ya", "tidak"] as const).map((v) => (
            <label key={v} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name="stillRunning"
                value={v}
                checked={running === v}
                onChange={() => setRunning(v)}
                className="size-4"
              />
              {v === "ya" ? "Ya, masih berjalan" : "Tidak, sudah berhenti"}
            </label>
          ))}
        </div>
        {errors.stillRunning && (
          <p id={`${id}-run-error`} className="text-sm font-medium text-red-700">
            {errors.stillRunning[0]}
          </p>
        )}
      </fieldset>
      <Field
        id={`${id}-ben`}
        label="Penerima manfaat selama periode ini (orang)"
        required={running === "ya"}
        error={errors.beneficiaries?.[0]}
      >
        {(aria) => <Input {...aria} name="beneficiaries" inputMode="numeric" autoComplete="off" />}
      </Field>
      <Field id={`${id}-budget`} label="Anggaran periode ini (Rp, opsional)" error={errors.budgetRupiah?.[0]}>
        {(aria) => <Input {...aria} name="budgetRupiah" inputMode="numeric" autoComplete="off" />}
      </Field>
      <Field
        id={`${id}-notes`}
        label={running === "tidak" ? "Mengapa inovasi berhenti?" : "Keterangan dan capaian lain"}
        required={running === "tidak"}
        error={errors.notes?.[0]}
        className="sm:col-span-2"
      >
        {(aria) => <Textarea {...aria} name="notes" maxLength={2000} className="min-h-20" />}
      </Field>
      <div className="flex flex-col gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Mengirim…" : "Kirim laporan"}
        </Button>
        <FeedbackAlert feedback={feedback} />
      </div>
    </form>
  );
}
