"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { NationalStage } from "@/lib/generated/prisma/enums";
import { nominateAction, recordOutcomeAction, withdrawNominationAction } from "@/lib/nominations/actions";
import { STAGE_LABEL } from "@/lib/nominations/rules";

type Errors = Record<string, string[] | undefined>;

/** Runs an action with the form's fields, shows its answer, and reloads the page's data when it went through. */
function useActionForm(
  run: (
    data: Record<string, string>,
  ) => Promise<{ ok: boolean; message?: string; error?: string; fieldErrors?: Errors }>,
) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [errors, setErrors] = useState<Errors>({});
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
    start(async () => {
      const r = await run(data);
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setFeedback(r.ok ? { tone: "success", text: r.message ?? "Tersimpan." } : { tone: "error", text: r.error ?? "" });
      if (r.ok) {
        form.reset();
        router.refresh();
      }
    });
  };
  return { pending, feedback, errors, onSubmit };
}

export function NominateForm({ proposalId, title, blocked }: { proposalId: string; title: string; blocked: boolean }) {
  const id = useId();
  const f = useActionForm((d) => nominateAction({ proposalId, sinovikRef: d.sinovikRef, notes: "" }));
  return (
    <div className="space-y-2">
      <form
        onSubmit={f.onSubmit}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
        aria-label={`Nominasikan ${title}`}
      >
        <Field
          id={`${id}-ref`}
          label="Nomor registrasi SiNoVik (boleh diisi nanti)"
          error={f.errors.sinovikRef?.[0]}
          className="sm:flex-1"
        >
          {(aria) => <Input {...aria} name="sinovikRef" maxLength={80} autoComplete="off" />}
        </Field>
        <Button type="submit" disabled={f.pending || blocked} className="shrink-0">
          {f.pending ? "Menominasikan…" : "Nominasikan ke KIPP"}
        </Button>
      </form>
      <FeedbackAlert feedback={f.feedback} />
    </div>
  );
}

export function OutcomeForm({ nominationId, stages }: { nominationId: string; stages: NationalStage[] }) {
  const id = useId();
  const f = useActionForm((d) => recordOutcomeAction({ nominationId, stage: d.stage, at: d.at, note: d.note }));
  return (
    <form onSubmit={f.onSubmit} className="grid gap-3 sm:grid-cols-2" aria-label="Catat hasil tahap nasional">
      <Field id={`${id}-stage`} label="Tahap nasional" required error={f.errors.stage?.[0]}>
        {(aria) => (
          <Select {...aria} name="stage" defaultValue={stages[0]} required>
            {stages.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABEL[s]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${id}-at`} label="Tanggal pengumuman nasional" required error={f.errors.at?.[0]}>
        {(aria) => <Input {...aria} type="date" name="at" required />}
      </Field>
      <Field id={`${id}-note`} label="Catatan (opsional)" error={f.errors.note?.[0]} className="sm:col-span-2">
        {(aria) => <Textarea {...aria} name="note" maxLength={500} className="min-h-16" />}
      </Field>
      <div className="flex flex-col gap-2 sm:col-span-2 sm:flex-row sm:items-center">
        <Button type="submit" variant="secondary" disabled={f.pending}>
          {f.pending ? "Mencatat…" : "Catat hasil"}
        </Button>
        <FeedbackAlert feedback={f.feedback} className="sm:flex-1" />
      </div>
    </form>
  );
}

export function WithdrawNominationButton({ nominationId, title }: { nominationId: string; title: string }) {
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState("");
  return (
    <ConfirmButton
      triggerLabel="Tarik nominasi"
      triggerSize="sm"
      title="Tarik nominasi KIPP?"
      confirmLabel="Tarik nominasi"
      pendingLabel="Menarik…"
      onConfirm={async () => {
        const r = await withdrawNominationAction({ nominationId, reason });
        if (!r.ok) return { ok: false, error: r.fieldErrors?.reason?.[0] ?? r.error };
        router.refresh();
        return { ok: true };
      }}
    >
      <p className="text-sm text-slate-700">
        Nominasi &ldquo;{title}&rdquo; akan dihapus dan kuota nasional instansinya kembali. Tindakan ini tercatat di log
        audit.
      </p>
      <Field id={`${id}-reason`} label="Alasan penarikan" required>
        {(aria) => (
          <Textarea {...aria} value={reason} onChange={(e) => setReason(e.target.value)} className="min-h-16" />
        )}
      </Field>
    </ConfirmButton>
  );
}
