"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, OptionSelect, Select, Textarea } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { declareConflictAction } from "@/lib/judging/actions";
import { declareConflictSchema, type DeclareConflictInput } from "@/lib/judging/schemas";

type Option = { id: string; name: string };

/**
 * "I know this unit": a conflict with one of the judge's entries or with a whole institution. The entry leaves
 * their list at once and waits for another judge; a confirmation comes first because it cannot be undone here.
 */
export function DeclareConflictForm({
  roundId,
  entries,
  institutions,
}: {
  roundId: string;
  entries: Option[];
  institutions: Option[];
}) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [confirming, setConfirming] = useState(false);
  const initial: DeclareConflictInput = {
    roundId,
    target: entries.length ? "ENTRY" : "INSTITUTION",
    proposalId: "",
    unitId: "",
    reason: "",
  };
  const form = useForm<DeclareConflictInput>({ resolver: zodResolver(declareConflictSchema), defaultValues: initial });
  const target = useWatch({ control: form.control, name: "target" });
  const { errors, isSubmitting } = form.formState;

  const send = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await declareConflictAction(values);
    setConfirming(false);
    if (!r.ok) return setFeedback(refusal(form.setError, r, ["target", "proposalId", "unitId", "reason"]));
    form.reset(initial);
    setFeedback({ tone: "success", text: r.message ?? "Konflik dicatat." });
    router.refresh();
  });

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.trigger().then((ok) => ok && setConfirming(true));
      }}
      className="space-y-3"
    >
      <Field id="konflik-jenis" label="Konflik dengan" required error={errors.target?.message}>
        {(aria) => (
          <Select {...aria} {...form.register("target")}>
            <option value="ENTRY" disabled={entries.length === 0}>
              Satu usulan yang ditugaskan kepada saya
            </option>
            <option value="INSTITUTION">Seluruh usulan dari satu instansi</option>
          </Select>
        )}
      </Field>
      {target === "ENTRY" ? (
        <Field id="konflik-usulan" label="Usulan" required error={errors.proposalId?.message}>
          {(aria) => (
            <OptionSelect {...aria} placeholder="Pilih usulan…" options={entries} {...form.register("proposalId")} />
          )}
        </Field>
      ) : (
        <Field
          id="konflik-instansi"
          label="Instansi"
          required
          error={errors.unitId?.message}
          hint="Semua usulan dari unit di bawah instansi ini tidak akan ditugaskan kepada Anda."
        >
          {(aria) => (
            <OptionSelect {...aria} placeholder="Pilih instansi…" options={institutions} {...form.register("unitId")} />
          )}
        </Field>
      )}
      <Field
        id="konflik-alasan"
        label="Alasan"
        required
        error={errors.reason?.message}
        hint="Misalnya: pernah bekerja di unit ini, atau keluarga inovator."
      >
        {(aria) => <Textarea {...aria} rows={3} className="min-h-20" {...form.register("reason")} />}
      </Field>
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" variant="secondary">
        Nyatakan konflik
      </Button>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        busy={isSubmitting}
        title="Nyatakan konflik kepentingan?"
        footer={
          <ConfirmActions
            onCancel={() => setConfirming(false)}
            pending={isSubmitting}
            confirmLabel="Ya, nyatakan"
            onConfirm={() => void send()}
          />
        }
      >
        <p>
          Usulan yang terkena konflik ini dikeluarkan dari daftar Anda dan dialihkan ke juri lain. Hanya sekretariat
          yang dapat mencabut konflik.
        </p>
      </ConfirmDialog>
    </form>
  );
}
