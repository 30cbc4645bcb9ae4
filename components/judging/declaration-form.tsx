"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { signDeclarationAction } from "@/lib/judging/actions";
import { DECLARATION_POINTS } from "@/lib/judging/schemas";

/** The per-round no-conflict declaration: read, tick, sign. Nothing of the round's entries shows before. */
export function DeclarationForm({
  roundId,
  roundName,
  judgeName,
}: {
  roundId: string;
  roundName: string;
  judgeName: string;
}) {
  const router = useRouter();
  const [agreed, setAgreed] = useState(false);
  const [pending, setPending] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const sign = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!agreed) {
      setFeedback({ tone: "error", text: "Centang pernyataan untuk menandatanganinya." });
      return;
    }
    setPending(true);
    setFeedback(null);
    const r = await signDeclarationAction({ roundId, agreed: true });
    setPending(false);
    if (!r.ok) return setFeedback({ tone: "error", text: r.error });
    router.refresh();
  };
  return (
    <form onSubmit={sign} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">
        Saya, <strong>{judgeName}</strong>, sebagai juri babak <strong>{roundName}</strong>, menyatakan bahwa:
      </p>
      <ol className="list-decimal space-y-2 pl-5 text-sm leading-relaxed text-slate-800">
        {DECLARATION_POINTS.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ol>
      <label
        htmlFor="setuju-pernyataan"
        className="flex items-start gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm"
      >
        <input
          id="setuju-pernyataan"
          type="checkbox"
          className="mt-0.5 size-5 shrink-0 accent-brand-700"
          checked={agreed}
          onChange={(e) => setAgreed(e.target.checked)}
        />
        <span className="font-semibold text-slate-900">Saya telah membaca dan menyetujui pernyataan di atas.</span>
      </label>
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" disabled={pending}>
        {pending ? "Menandatangani…" : "Tanda tangani pernyataan"}
      </Button>
    </form>
  );
}
