"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/field";
import { addAssignmentAction, commitAssignmentAction, removeAssignmentAction } from "@/lib/judging/assignment-actions";

const fmt = new Intl.NumberFormat("id-ID");

/** Saves the previewed assignment after a confirmation; a change since the preview is refused by the server. */
export function CommitAssignmentButton({
  roundId,
  basis,
  newCount,
  short,
}: {
  roundId: string;
  basis: string;
  newCount: number;
  short: number;
}) {
  const router = useRouter();
  const [done, setDone] = useState<Feedback>(null);
  if (newCount === 0)
    return <p className="text-sm text-slate-600">Tidak ada penugasan baru yang dapat dibuat saat ini.</p>;
  return (
    <div className="space-y-2">
      <ConfirmButton
        triggerLabel={`Simpan ${fmt.format(newCount)} penugasan`}
        triggerVariant="primary"
        tone="primary"
        title="Simpan penugasan otomatis?"
        confirmLabel="Simpan dan beri tahu juri"
        onConfirm={async () => {
          const r = await commitAssignmentAction({ roundId, basis });
          if (!r.ok) return { ok: false, error: r.error };
          setDone({ tone: "success", text: r.message ?? "Tersimpan." });
          router.refresh();
          return { ok: true };
        }}
      >
        <p>
          {fmt.format(newCount)} penugasan baru disimpan persis seperti pratinjau ini, dan setiap juri yang mendapat
          usulan baru menerima satu e-mail.
        </p>
        {short > 0 && <p>{fmt.format(short)} usulan tetap kurang juri; alasannya tercantum di bawah.</p>}
      </ConfirmButton>
      <FeedbackAlert feedback={done} />
    </div>
  );
}

/** Takes one judge off one entry; the sheet, if any, is kept but no longer counts. */
export function RemoveAssignmentButton({
  roundId,
  assignmentId,
  judgeName,
  title,
}: {
  roundId: string;
  assignmentId: string;
  judgeName: string;
  title: string;
}) {
  const router = useRouter();
  return (
    <ConfirmButton
      triggerLabel="Cabut"
      triggerSize="sm"
      triggerVariant="ghost"
      title="Cabut penugasan?"
      confirmLabel="Cabut penugasan"
      onConfirm={async () => {
        const r = await removeAssignmentAction({ roundId, assignmentId });
        if (!r.ok) return { ok: false, error: r.error };
        router.refresh();
        return { ok: true };
      }}
    >
      <p>
        {judgeName} tidak lagi menilai &ldquo;{title}&rdquo;. Lembar nilainya, bila ada, disimpan tetapi tidak dihitung.
        Penugasan otomatis berikutnya tidak memasangkan mereka lagi; tambahkan manual bila perlu.
      </p>
    </ConfirmButton>
  );
}

/** Adds one judge to one entry by hand, under the same rules: no conflict, within the cap. */
export function AddAssignmentForm({
  roundId,
  proposalId,
  judges,
}: {
  roundId: string;
  proposalId: string;
  judges: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [judgeId, setJudgeId] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  if (!judges.length) return null;
  return (
    <form
      className="flex flex-col gap-2 sm:flex-row sm:items-center"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const r = await addAssignmentAction({ roundId, proposalId, judgeId });
          setFeedback(
            r.ok
              ? { tone: "success", text: r.message ?? "Ditambahkan." }
              : { tone: "error", text: r.fieldErrors?.judgeId?.[0] ?? r.error },
          );
          if (r.ok) {
            setJudgeId("");
            router.refresh();
          }
        });
      }}
    >
      <label className="sr-only" htmlFor={`tambah-${proposalId}`}>
        Tambah juri
      </label>
      <Select
        id={`tambah-${proposalId}`}
        value={judgeId}
        onChange={(e) => setJudgeId(e.target.value)}
        className="sm:max-w-xs"
      >
        <option value="">Tambah juri…</option>
        {judges.map((j) => (
          <option key={j.id} value={j.id}>
            {j.name}
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || !judgeId}>
        {pending ? "Menambah…" : "Tambah"}
      </Button>
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}
