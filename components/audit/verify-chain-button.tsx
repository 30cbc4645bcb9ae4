"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { verifyChain } from "@/lib/audit/actions";

type Outcome = { tone: "success" | "error"; text: string } | null;

/** Recomputes the hash chain on the server and says whether it is whole or where it breaks. */
export function VerifyChainPanel() {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <section aria-labelledby="integritas-log" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="integritas-log" className="text-sm font-bold text-brand-950">Integritas log</h2>
          <p className="mt-0.5 text-sm text-slate-600">
            Setiap entri memuat sidik (hash berkunci) entri sebelumnya, dan portal mencatat titik periksa rantai di
            luar basis data. Verifikasi menghitung ulang seluruh rantai dan mencocokkannya dengan titik periksa, sehingga
            entri yang diubah, dihapus, atau ditulis ulang terdeteksi.
          </p>
        </div>
        <Button
          variant="secondary"
          className="shrink-0"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const r = await verifyChain({});
              if (!r.ok) setOutcome({ tone: "error", text: r.error });
              else if (r.data.intact) setOutcome({ tone: "success", text: `Rantai utuh: ${r.data.entries} entri.` });
              else setOutcome({ tone: "error", text: `${r.message ?? ""} ${r.data.entries} entri sebelumnya utuh.` });
            })
          }
        >
          {pending ? "Memverifikasi…" : "Verifikasi rantai"}
        </Button>
      </div>
      {outcome && (
        <Alert tone={outcome.tone} className="mt-3">
          {outcome.text}
        </Alert>
      )}
    </section>
  );
}
