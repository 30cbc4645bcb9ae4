"use client";

import { useId, useState } from "react";
import { FeedbackAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { decideObjectionAction } from "@/lib/results/actions";
import { OBJECTION_DECISION_LABEL, OBJECTION_DECISIONS } from "@/lib/results/schemas";
import { useResultAction } from "./use-result-action";

/** The secretariat's decision on one objection: upheld or rejected, with a note the objector reads. */
export function ObjectionDecisionForm({ objectionId }: { objectionId: string }) {
  const id = useId();
  const [decision, setDecision] = useState<(typeof OBJECTION_DECISIONS)[number] | "">("");
  const [note, setNote] = useState("");
  const { pending, feedback, fieldErrors, run } = useResultAction();
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => decideObjectionAction({ objectionId, decision, note }));
      }}
    >
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Keputusan</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {OBJECTION_DECISIONS.map((d) => (
            <label key={d} className="flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-decision`}
                value={d}
                checked={decision === d}
                onChange={() => setDecision(d)}
                className="size-4"
              />
              {OBJECTION_DECISION_LABEL[d]}
            </label>
          ))}
        </div>
        {fieldErrors.decision?.[0] && <p className="text-sm font-medium text-red-700">{fieldErrors.decision[0]}</p>}
      </fieldset>
      <Field
        id={`${id}-note`}
        label="Catatan keputusan"
        required
        hint="Dikirim kepada pengaju sanggahan. Sanggahan yang diterima mengeluarkan usulan dari Top N saat draf disusun ulang."
        error={fieldErrors.note?.[0]}
      >
        {(aria) => <Textarea {...aria} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan keputusan"}
      </Button>
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}
