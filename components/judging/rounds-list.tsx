"use client";

import Link from "next/link";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { EditorItem, EditorList, useEditorList } from "@/components/editions/editor-shell";
import { MoveButtons } from "@/components/editions/move-buttons";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Select } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { formatDateTimeRangeWIB } from "@/lib/format/date";
import { addRoundAction, moveRoundAction, removeRoundAction } from "@/lib/judging/actions";
import { RUBRIC_PRESETS, RUBRIC_PRESET_KEYS } from "@/lib/judging/rubric-presets";
import {
  addRoundSchema,
  ROUND_KIND_LABEL,
  type AddRoundInput,
  type RoundKind,
  type RoundState,
} from "@/lib/judging/schemas";
import { RoundStateBadge } from "./round-state-badge";
import { RoundBasicFields, RoundShareField } from "./round-fields";

export type RoundRow = {
  id: string;
  name: string;
  kind: RoundKind;
  state: RoundState;
  opensAt: Date | null;
  closesAt: Date | null;
  sharePercent: number;
  criteria: number;
  criteriaTotal: number;
  appointments: number;
  entries: number;
  panelMode: boolean;
  judgesPerEntry: number;
};

const ADD_FIELDS = ["name", "kind", "opensAt", "closesAt", "sharePercent", "preset"];

function AddRoundForm({ editionId, remainingShare }: { editionId: string; remainingShare: number }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const initial: AddRoundInput = {
    editionId,
    name: "",
    kind: "DESK_EVALUATION",
    opensAt: "",
    closesAt: "",
    sharePercent: Math.max(0, remainingShare),
    preset: "KOVABLIK_DESK",
  };
  const form = useForm<AddRoundInput>({ resolver: zodResolver(addRoundSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await addRoundAction(values);
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, ADD_FIELDS));
      return;
    }
    router.push(`/admin/penjurian/${r.data.id}`);
  });
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      <FeedbackAlert feedback={feedback} />
      <div className="grid gap-4 sm:grid-cols-2">
        <RoundBasicFields form={form} idPrefix="babak" namePlaceholder="Misalnya: Evaluasi Proposal" />
        <RoundShareField
          form={form}
          idPrefix="babak"
          hint="Jumlah bobot semua babak harus 100 % sebelum babak dibuka."
        />
        <Field
          id="babak-preset"
          label="Rubrik awal"
          error={errors.preset?.message}
          hint="Kriteria, bobot, dan panduan per tingkat dapat diubah sebelum babak dibuka."
        >
          {(aria) => (
            <Select {...aria} {...form.register("preset")}>
              {RUBRIC_PRESET_KEYS.map((k) => (
                <option key={k} value={k}>
                  {RUBRIC_PRESETS[k].label}
                </option>
              ))}
              <option value="">Kosong: susun sendiri</option>
            </Select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Menambahkan…" : "Tambah babak"}
      </Button>
    </form>
  );
}

function summary(r: RoundRow): string {
  const judges = r.panelMode ? "mode panel" : `${r.judgesPerEntry} juri per usulan`;
  const rubric = r.criteria ? `${r.criteria} kriteria (bobot ${r.criteriaTotal} %)` : "rubrik belum disusun";
  return `${ROUND_KIND_LABEL[r.kind]} · bobot ${r.sharePercent} % · ${judges} · ${rubric} · ${r.appointments} juri`;
}

export function RoundsList({
  editionId,
  rounds,
  shareTotal,
}: {
  editionId: string;
  rounds: RoundRow[];
  shareTotal: number;
}) {
  const list = useEditorList();
  return (
    <EditorList
      ordered
      feedback={list.feedback}
      count={rounds.length}
      empty="Belum ada babak penilaian pada edisi ini. Tambahkan babak pertama, misalnya evaluasi proposal dengan rubrik KOVABLIK."
      note={
        rounds.length > 0 && shareTotal !== 100 ? (
          <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            Jumlah bobot semua babak sekarang {shareTotal} %. Babak baru dapat dibuka setelah jumlahnya tepat 100 %.
          </p>
        ) : undefined
      }
      addTitle="Tambah babak"
      addForm={<AddRoundForm editionId={editionId} remainingShare={Math.round((100 - shareTotal) * 100) / 100} />}
    >
      {rounds.map((r, i) => (
        <EditorItem
          key={r.id}
          number={i + 1}
          summary={
            <>
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/penjurian/${r.id}`} className="font-semibold text-brand-800 hover:underline">
                  {r.name}
                </Link>
                <RoundStateBadge state={r.state} />
              </p>
              <p className="mt-0.5 text-sm text-slate-700">{formatDateTimeRangeWIB(r.opensAt, r.closesAt)}</p>
              <p className="mt-1 text-xs text-slate-500">{summary(r)}</p>
            </>
          }
          actions={
            <>
              <MoveButtons
                name={r.name}
                first={i === 0}
                last={i === rounds.length - 1}
                disabled={list.moving}
                onMove={(direction) => list.move(() => moveRoundAction({ id: r.id, direction }))}
              />
              <ButtonLink href={`/admin/penjurian/${r.id}`} variant="secondary" size="sm" aria-label={`Atur ${r.name}`}>
                Atur
              </ButtonLink>
              <ConfirmButton
                triggerLabel="Hapus"
                triggerVariant="ghost"
                triggerSize="sm"
                disabled={r.state !== "DRAFT" || r.entries > 0}
                title={`Hapus babak "${r.name}"?`}
                confirmLabel="Ya, hapus babak"
                onConfirm={list.removeRow(() => removeRoundAction({ roundId: r.id }), "Babak dihapus.")}
              >
                <p>
                  Rubrik babak ini{r.appointments ? ` dan penunjukan ${r.appointments} juri` : ""} ikut terhapus. Babak
                  sesudahnya naik satu urutan.
                </p>
              </ConfirmButton>
            </>
          }
        />
      ))}
    </EditorList>
  );
}
