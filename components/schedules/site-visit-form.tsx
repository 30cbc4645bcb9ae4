"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { removeSiteVisitAction, saveSiteVisitAction } from "@/lib/schedules/actions";
import type { Evaluator } from "@/lib/schedules/schemas";
import { JudgeChecklist } from "./judge-checklist";

type Judge = { id: string; name: string };
type Visit = { visitDate: string; judges: Judge[]; evaluators: Evaluator[]; note: string };

/**
 * The date and team of one entry's visit: judges of the round (one with a conflict cannot be chosen; the server
 * refuses it too) and named evaluators such as secretariat staff. Both kinds are required.
 */
export function SiteVisitForm({
  roundId,
  proposalId,
  title,
  visit,
  judges,
  blockedJudgeIds,
}: {
  roundId: string;
  proposalId: string;
  title: string;
  visit: Visit | null;
  judges: Judge[];
  blockedJudgeIds: string[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [visitDate, setVisitDate] = useState(visit?.visitDate ?? "");
  const [chosen, setChosen] = useState<string[]>(visit?.judges.map((j) => j.id) ?? []);
  const [evaluators, setEvaluators] = useState<Evaluator[]>(
    visit?.evaluators.length ? visit.evaluators : [{ name: "", role: "" }],
  );
  const [note, setNote] = useState(visit?.note ?? "");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const err = (key: string) => errors[key]?.[0];
  const key = proposalId;
  const setEvaluator = (i: number, patch: Partial<Evaluator>) =>
    setEvaluators((es) => es.map((e, k) => (k === i ? { ...e, ...patch } : e)));

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const r = await saveSiteVisitAction({ roundId, proposalId, visitDate, judgeIds: chosen, evaluators, note });
          setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
          setFeedback(r.ok ? { tone: "success", text: r.message ?? "Disimpan." } : { tone: "error", text: r.error });
          if (r.ok) router.refresh();
        });
      }}
    >
      <Field id={`kunjungan-tanggal-${key}`} label="Tanggal kunjungan" error={err("visitDate")} className="sm:max-w-xs">
        {(aria) => <Input {...aria} type="date" value={visitDate} onChange={(e) => setVisitDate(e.target.value)} />}
      </Field>
      <JudgeChecklist
        legend="Juri (anggota panel), minimal satu"
        error={err("judgeIds")}
        judges={judges}
        chosen={chosen}
        setChosen={setChosen}
        disabledNote={(id) =>
          blockedJudgeIds.includes(id) ? <span className="text-red-700"> — berkonflik</span> : null
        }
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">Penilai (mis. staf sekretariat), minimal satu</legend>
        {err("evaluators") && <p className="text-sm font-medium text-red-700">{err("evaluators")}</p>}
        {evaluators.map((ev, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
            <Field id={`penilai-nama-${key}-${i}`} label={`Nama penilai ${i + 1}`} error={err(`evaluators.${i}.name`)}>
              {(aria) => (
                <Input {...aria} value={ev.name} onChange={(e) => setEvaluator(i, { name: e.target.value })} />
              )}
            </Field>
            <Field id={`penilai-peran-${key}-${i}`} label="Peran" error={err(`evaluators.${i}.role`)}>
              {(aria) => (
                <Input
                  {...aria}
                  value={ev.role}
                  placeholder="Sekretariat"
                  onChange={(e) => setEvaluator(i, { role: e.target.value })}
                />
              )}
            </Field>
            <Button
              variant="ghost"
              size="sm"
              disabled={evaluators.length === 1}
              onClick={() => setEvaluators((es) => es.filter((_, k) => k !== i))}
            >
              Hapus
            </Button>
          </div>
        ))}
        <Button variant="secondary" size="sm" onClick={() => setEvaluators((es) => [...es, { name: "", role: "" }])}>
          Tambah penilai
        </Button>
      </fieldset>
      <Field id={`kunjungan-catatan-${key}`} label="Catatan (opsional)" error={err("note")}>
        {(aria) => <Input {...aria} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Menyimpan…" : "Simpan kunjungan"}
        </Button>
        {visit && (
          <ConfirmButton
            triggerLabel="Hapus kunjungan"
            triggerSize="sm"
            triggerVariant="ghost"
            title="Hapus jadwal kunjungan?"
            confirmLabel="Hapus kunjungan"
            onConfirm={async () => {
              const r = await removeSiteVisitAction({ roundId, proposalId });
              if (!r.ok) return { ok: false, error: r.error };
              router.refresh();
              return { ok: true };
            }}
          >
            <p>
              Tanggal dan tim kunjungan ke &ldquo;{title}&rdquo; dihapus; bila jadwal sudah diumumkan, unit tidak lagi
              melihatnya.
            </p>
          </ConfirmButton>
        )}
      </div>
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}
