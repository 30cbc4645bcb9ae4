"use client";

import { useId, useState } from "react";
import { FeedbackAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Input, OptionSelect } from "@/components/ui/field";
import { addAwardAction, removeAwardAction } from "@/lib/results/actions";
import { SPECIAL_AWARDS } from "@/lib/results/schemas";
import { useResultAction } from "./use-result-action";

type Entry = { proposalId: string; title: string; rank: number };

/** Adds a special award to an entry of the draft. */
export function AwardForm({ resultId, entries }: { resultId: string; entries: Entry[] }) {
  const id = useId();
  const [proposalId, setProposalId] = useState("");
  const [name, setName] = useState<string>(SPECIAL_AWARDS[0]);
  const { pending, feedback, fieldErrors, run } = useResultAction();
  return (
    <form
      className="grid gap-3 md:grid-cols-[1fr_1fr_auto] md:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => addAwardAction({ resultId, proposalId, name }));
      }}
    >
      <Field id={`${id}-name`} label="Nama penghargaan" error={fieldErrors.name?.[0]}>
        {(aria) => (
          <>
            <Input
              {...aria}
              list={`${id}-names`}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={80}
            />
            <datalist id={`${id}-names`}>
              {SPECIAL_AWARDS.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field id={`${id}-entry`} label="Usulan" error={fieldErrors.proposalId?.[0]}>
        {(aria) => (
          <OptionSelect
            {...aria}
            placeholder="Pilih usulan…"
            value={proposalId}
            onChange={(e) => setProposalId(e.target.value)}
            options={entries.map((e) => ({ id: e.proposalId, name: `${e.rank}. ${e.title}` }))}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Menambahkan…" : "Tambah penghargaan"}
      </Button>
      <FeedbackAlert feedback={feedback} className="md:col-span-3" />
    </form>
  );
}

export function RemoveAwardButton({ awardId, name, title }: { awardId: string; name: string; title: string }) {
  const { run } = useResultAction();
  return (
    <ConfirmButton
      triggerLabel="Hapus"
      triggerSize="sm"
      title="Hapus penghargaan dari draf?"
      confirmLabel="Hapus"
      onConfirm={async () => {
        const r = await run(() => removeAwardAction({ awardId }));
        return r.ok ? { ok: true } : { ok: false, error: r.error };
      }}
    >
      <p>
        &quot;{name}&quot; untuk &quot;{title}&quot; dihapus dari draf. Penghargaan peringkat 1–3 muncul lagi saat draf
        disusun ulang.
      </p>
    </ConfirmButton>
  );
}
