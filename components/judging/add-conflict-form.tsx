"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, OptionSelect, Textarea } from "@/components/ui/field";
import { addConflictAction } from "@/lib/judging/assignment-actions";

type Option = { id: string; name: string };

/** Records a conflict an admin knows of: a judge with one entry, or with a unit and everything below it. */
export function AddConflictForm({
  roundId,
  judges,
  entries,
  institutions,
}: {
  roundId: string;
  judges: Option[];
  entries: Option[];
  institutions: Option[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [judgeId, setJudgeId] = useState("");
  const [target, setTarget] = useState<"ENTRY" | "UNIT">("ENTRY");
  const [proposalId, setProposalId] = useState("");
  const [unitId, setUnitId] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);

  const submit = () =>
    startTransition(async () => {
      const r = await addConflictAction({
        roundId,
        judgeId,
        target,
        proposalId: target === "ENTRY" ? proposalId : "",
        unitId: target === "UNIT" ? unitId : "",
        reason,
      });
      setErrors(r.ok ? {} : (r.fieldErrors ?? {}));
      setFeedback(r.ok ? { tone: "success", text: r.message ?? "Konflik dicatat." } : { tone: "error", text: r.error });
      if (r.ok) {
        setReason("");
        router.refresh();
      }
    });

  return (
    <form
      noValidate
      className="grid gap-4 md:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field id="konflik-juri" label="Juri" required error={errors.judgeId?.[0]}>
        {(aria) => (
          <OptionSelect
            {...aria}
            placeholder="Pilih juri…"
            options={judges}
            value={judgeId}
            onChange={(e) => setJudgeId(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-semibold text-slate-800">Konflik dengan</legend>
        <div className="flex flex-wrap gap-4 pt-1">
          {(
            [
              ["ENTRY", "Satu usulan"],
              ["UNIT", "Unit beserta unit di bawahnya"],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="inline-flex min-h-10 items-center gap-2 text-sm">
              <input
                type="radio"
                name="konflik-target"
                value={value}
                checked={target === value}
                onChange={() => setTarget(value)}
                className="size-4"
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {target === "ENTRY" ? (
        <Field id="konflik-usulan" label="Usulan" required error={errors.proposalId?.[0]} className="md:col-span-2">
          {(aria) => (
            <OptionSelect
              {...aria}
              placeholder="Pilih usulan…"
              options={entries}
              value={proposalId}
              onChange={(e) => setProposalId(e.target.value)}
            />
          )}
        </Field>
      ) : (
        <Field id="konflik-unit" label="Instansi" required error={errors.unitId?.[0]} className="md:col-span-2">
          {(aria) => (
            <OptionSelect
              {...aria}
              placeholder="Pilih instansi…"
              options={institutions}
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
            />
          )}
        </Field>
      )}
      <Field
        id="konflik-alasan"
        label="Alasan"
        required
        error={errors.reason?.[0]}
        className="md:col-span-2"
        hint="Tercatat di log audit dan terlihat pada daftar konflik."
      >
        {(aria) => <Textarea {...aria} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />}
      </Field>
      <div className="flex flex-col gap-3 md:col-span-2">
        <FeedbackAlert feedback={feedback} />
        <Button type="submit" disabled={pending} className="self-start">
          {pending ? "Menyimpan…" : "Catat konflik"}
        </Button>
      </div>
    </form>
  );
}
