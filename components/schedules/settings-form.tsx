"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { saveScheduleSettingsAction } from "@/lib/schedules/actions";
import type { ScheduleDay } from "@/lib/schedules/schemas";

type Settings = { presentationMinutes: number; interviewMinutes: number; breakMinutes: number; days: ScheduleDay[] };

/** Minutes per slot and the presentation days (date, from, until; WIB). Locked while entries hold slots. */
export function ScheduleSettingsForm({
  roundId,
  initial,
  locked,
}: {
  roundId: string;
  initial: Settings;
  locked: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useState({
    presentationMinutes: String(initial.presentationMinutes),
    interviewMinutes: String(initial.interviewMinutes),
    breakMinutes: String(initial.breakMinutes),
  });
  const [days, setDays] = useState<ScheduleDay[]>(
    initial.days.length ? initial.days : [{ date: "", start: "08:00", end: "12:00" }],
  );
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const err = (key: string) => errors[key]?.[0];
  const setDay = (i: number, patch: Partial<ScheduleDay>) =>
    setDays((ds) => ds.map((d, k) => (k === i ? { ...d, ...patch } : d)));

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const r = await saveScheduleSettingsAction({ roundId, ...values, days });
          setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
          setFeedback(r.ok ? { tone: "success", text: r.message ?? "Disimpan." } : { tone: "error", text: r.error });
          if (r.ok) router.refresh();
        });
      }}
    >
      <fieldset disabled={locked || pending} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          {(
            [
              ["presentationMinutes", "Presentasi (menit)"],
              ["interviewMinutes", "Wawancara (menit)"],
              ["breakMinutes", "Jeda antarslot (menit)"],
            ] as const
          ).map(([key, label]) => (
            <Field key={key} id={`jadwal-${key}`} label={label} error={err(key)}>
              {(aria) => (
                <Input
                  {...aria}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  value={values[key]}
                  onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </div>
        <div className="space-y-3">
          <p className="text-sm font-semibold text-slate-800">Hari presentasi (WIB)</p>
          {err("days") && <p className="text-sm font-medium text-red-700">{err("days")}</p>}
          {days.map((d, i) => (
            <div
              key={i}
              className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[1fr_8rem_8rem_auto] sm:items-end"
            >
              <Field
                id={`jadwal-hari-${i}`}
                label={`Tanggal hari ${i + 1}`}
                error={err(`days.${i}.date`)}
                className="col-span-2 sm:col-span-1"
              >
                {(aria) => (
                  <Input {...aria} type="date" value={d.date} onChange={(e) => setDay(i, { date: e.target.value })} />
                )}
              </Field>
              <Field id={`jadwal-mulai-${i}`} label="Mulai" error={err(`days.${i}.start`)}>
                {(aria) => (
                  <Input {...aria} type="time" value={d.start} onChange={(e) => setDay(i, { start: e.target.value })} />
                )}
              </Field>
              <Field id={`jadwal-selesai-${i}`} label="Selesai" error={err(`days.${i}.end`)}>
                {(aria) => (
                  <Input {...aria} type="time" value={d.end} onChange={(e) => setDay(i, { end: e.target.value })} />
                )}
              </Field>
              <Button
                variant="ghost"
                size="sm"
                className="col-span-2 sm:col-span-1"
                disabled={days.length === 1}
                onClick={() => setDays((ds) => ds.filter((_, k) => k !== i))}
              >
                Hapus hari
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setDays((ds) => [...ds, { date: "", start: "08:00", end: "12:00" }])}
          >
            Tambah hari
          </Button>
        </div>
        <Button type="submit">{pending ? "Menyimpan…" : "Simpan pengaturan"}</Button>
      </fieldset>
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}
