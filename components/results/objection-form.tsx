"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, OptionSelect, Textarea } from "@/components/ui/field";
import { formatMegabytes } from "@/lib/format/size";
import { lodgeObjectionAction } from "@/lib/results/actions";

type Props = {
  finalists: { id: string; title: string; institution: string }[];
  units: { id: string; name: string }[];
  maxBytes: number;
};

/** A unit's objection: the finalist, the unit it speaks for, the reasons, and optionally one evidence file. */
export function ObjectionForm({ finalists, units, maxBytes }: Props) {
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [proposalId, setProposalId] = useState("");
  const [unitId, setUnitId] = useState(units[0]?.id ?? "");
  const [reason, setReason] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();

  const submit = () =>
    startTransition(async () => {
      const file = fileInput.current?.files?.[0] ?? null;
      if (file && file.size > maxBytes) {
        setFeedback({ tone: "error", text: `Ukuran bukti melebihi batas ${formatMegabytes(maxBytes)}.` });
        return;
      }
      const r = await lodgeObjectionAction({ proposalId, unitId, reason });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setFeedback({ tone: "error", text: r.error });
        return;
      }
      setErrors({});
      let text = r.message ?? "Sanggahan tercatat.";
      if (file) {
        const res = await fetch(`/api/sanggahan/${r.data.objectionId}/bukti`, {
          method: "POST",
          body: file,
          headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
        }).catch(() => null);
        const body = (await res?.json().catch(() => null)) as { ok: boolean; error?: string } | null;
        text = body?.ok
          ? `${text} Bukti "${file.name}" terlampir.`
          : `${text} Namun bukti gagal diunggah: ${body?.error ?? "koneksi terputus"}.`;
      }
      setFeedback({ tone: "success", text });
      setReason("");
      setProposalId("");
      if (fileInput.current) fileInput.current.value = "";
      router.refresh();
    });

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field id={`${id}-finalist`} label="Finalis yang disanggah" required error={errors.proposalId?.[0]}>
        {(aria) => (
          <OptionSelect
            {...aria}
            placeholder="Pilih finalis…"
            value={proposalId}
            onChange={(e) => setProposalId(e.target.value)}
            options={finalists.map((f) => ({ id: f.id, name: `${f.title} — ${f.institution}` }))}
          />
        )}
      </Field>
      {units.length > 1 && (
        <Field id={`${id}-unit`} label="Atas nama unit" required error={errors.unitId?.[0]}>
          {(aria) => (
            <OptionSelect
              {...aria}
              placeholder="Pilih unit…"
              value={unitId}
              onChange={(e) => setUnitId(e.target.value)}
              options={units}
            />
          )}
        </Field>
      )}
      <Field
        id={`${id}-reason`}
        label="Alasan sanggahan"
        required
        hint="Sebutkan syarat yang tidak dipenuhi dan faktanya (sekurang-kurangnya 20 karakter)."
        error={errors.reason?.[0]}
      >
        {(aria) => <Textarea {...aria} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={4000} />}
      </Field>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-file`} className="block text-sm font-semibold text-slate-800">
          Bukti (tidak wajib)
        </label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-800"
        />
        <p className="text-sm text-slate-600">PDF, JPEG, atau PNG, paling besar {formatMegabytes(maxBytes)}.</p>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Mengirim…" : "Ajukan sanggahan"}
      </Button>
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}
