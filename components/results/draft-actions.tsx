"use client";

import { useId, useState } from "react";
import { FeedbackAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, NumberInput, Textarea } from "@/components/ui/field";
import {
  announceFinalistsAction,
  assembleDraftAction,
  publishWinnersAction,
  startCorrectionAction,
} from "@/lib/results/actions";
import { OBJECTION_DAYS_DEFAULT } from "@/lib/results/schemas";
import { useResultAction } from "./use-result-action";

/** Builds (or rebuilds) the draft from the final ranking. */
export function AssembleButton({ year, rebuild }: { year: number; rebuild: boolean }) {
  const { pending, feedback, run } = useResultAction();
  return (
    <div className="space-y-3">
      <Button onClick={() => void run(() => assembleDraftAction({ year }))} disabled={pending}>
        {pending ? "Menyusun…" : rebuild ? "Susun ulang dari peringkat akhir" : "Susun draf dari peringkat akhir"}
      </Button>
      <FeedbackAlert feedback={feedback} />
    </div>
  );
}

/** Announces the finalists and opens the objection window of whole days. */
export function AnnounceForm({ year }: { year: number }) {
  const id = useId();
  const [days, setDays] = useState(String(OBJECTION_DAYS_DEFAULT));
  const { feedback, fieldErrors, run } = useResultAction();
  return (
    <div className="space-y-3">
      <Field
        id={`${id}-days`}
        label="Lama masa sanggah (hari)"
        hint="Dihitung dari saat pengumuman, menurut jam server."
        error={fieldErrors.days?.[0]}
      >
        {(aria) => (
          <NumberInput
            {...aria}
            min={1}
            max={30}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            className="max-w-32"
          />
        )}
      </Field>
      <ConfirmButton
        triggerLabel="Umumkan finalis"
        triggerVariant="primary"
        tone="primary"
        title="Umumkan finalis dan buka masa sanggah?"
        confirmLabel="Umumkan"
        onConfirm={async () => {
          const r = await run(() => announceFinalistsAction({ year, days }));
          return r.ok ? { ok: true } : { ok: false, error: r.error };
        }}
      >
        <p>
          Daftar finalis (Top N) tampil di situs publik, dan setiap unit dapat mengajukan sanggahan selama {days || "…"}{" "}
          hari. Pengumuman tidak dapat ditarik dari halaman ini.
        </p>
      </ConfirmButton>
      <FeedbackAlert feedback={feedback} />
    </div>
  );
}

export function PublishWinnersButton({ year, version }: { year: number; version: number }) {
  const { feedback, run } = useResultAction();
  return (
    <div className="space-y-3">
      <ConfirmButton
        triggerLabel="Umumkan pemenang"
        triggerVariant="primary"
        tone="primary"
        title={`Umumkan pemenang hasil versi ${version}?`}
        confirmLabel="Umumkan pemenang"
        onConfirm={async () => {
          const r = await run(() => publishWinnersAction({ year }));
          return r.ok ? { ok: true } : { ok: false, error: r.error };
        }}
      >
        <p>
          Peringkat, penghargaan, dan nilai akhir tampil di situs publik; sertifikat dapat diunduh unit dan kodenya
          dapat diverifikasi siapa saja.
        </p>
      </ConfirmButton>
      <FeedbackAlert feedback={feedback} />
    </div>
  );
}

/** Opens a correction of the confirmed version in force, with its reason. */
export function CorrectionForm({ resultId, version }: { resultId: string; version: number }) {
  const id = useId();
  const [reason, setReason] = useState("");
  const { pending, feedback, fieldErrors, run } = useResultAction();
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () => startCorrectionAction({ resultId, reason }),
          () => setReason(""),
        );
      }}
    >
      <Field
        id={`${id}-reason`}
        label="Alasan koreksi"
        required
        hint={`Versi ${version} tetap tersimpan apa adanya; koreksi menjadi versi ${version + 1} yang dikonfirmasi ulang oleh pleno.`}
        error={fieldErrors.reason?.[0]}
      >
        {(aria) => <Textarea {...aria} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Membuka koreksi…" : "Buka koreksi"}
      </Button>
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}
