"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { enrolEntriesAction } from "@/lib/judging/actions";

type Counts = { entered: number; waiting: number; source: "PASSED_ADMIN_CHECK" | "PREVIOUS_ROUND" };
type Outcome = { tone: "success" | "error"; text: string };

const FROM: Record<Counts["source"], string> = {
  PASSED_ADMIN_CHECK: "lolos seleksi administrasi",
  PREVIOUS_ROUND: "lolos dari babak sebelumnya",
};

function summary(c: Counts): string {
  const entered = `${c.entered} usulan sudah masuk babak ini.`;
  if (c.waiting > 0) return `${c.waiting} usulan ${FROM[c.source]} menunggu masuk babak ini. ${entered}`;
  if (c.entered > 0) return `${entered} Tidak ada usulan ${FROM[c.source]} yang menunggu masuk.`;
  return c.source === "PREVIOUS_ROUND"
    ? "Belum ada usulan yang dapat masuk: babak sebelumnya belum menetapkan usulan yang lolos."
    : "Belum ada usulan yang dapat masuk: belum ada usulan yang lolos seleksi administrasi.";
}

/**
 * Bringing a round's entries in (RoundEntry) from its source: how many are in, how many wait, and the button
 * while any wait. It never removes an entry; a proposal that qualifies later comes in the next time. The
 * outcome stays in view after the page's counts refresh.
 */
export function EnrolEntriesPanel({ roundId, counts }: { roundId: string; counts: Counts }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const enrol = () =>
    startTransition(async () => {
      const r = await enrolEntriesAction({ roundId });
      setOutcome(
        r.ok ? { tone: "success", text: r.message ?? "Usulan dimasukkan." } : { tone: "error", text: r.error },
      );
      router.refresh();
    });
  return (
    <section
      aria-labelledby="peserta-babak"
      className={
        counts.waiting > 0
          ? "rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
          : "rounded-xl border border-dashed border-slate-300 bg-slate-50 p-4"
      }
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="peserta-babak" className="text-sm font-bold text-brand-950">
            Peserta babak
          </h2>
          <p className="mt-0.5 text-sm text-slate-700">{summary(counts)}</p>
        </div>
        {counts.waiting > 0 && (
          <Button className="shrink-0" disabled={pending} onClick={enrol}>
            {pending ? "Memasukkan…" : "Masukkan usulan"}
          </Button>
        )}
      </div>
      {outcome && (
        <Alert tone={outcome.tone} className="mt-3">
          {outcome.text}
        </Alert>
      )}
    </section>
  );
}
