"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { deliverNow, retry } from "@/lib/notifications/actions";

type Outcome = { tone: "success" | "error" | "warning"; text: string } | null;

/** "Kirim sekarang": sends what is due and reports how many went out, or that no mail server is set up. */
export function DeliverNowPanel() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <section aria-labelledby="kirim-sekarang" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id="kirim-sekarang" className="text-sm font-bold text-brand-950">Pengiriman</h2>
          <p className="mt-0.5 text-sm text-slate-600">
            Portal mengirim pesan otomatis setelah setiap perubahan. Gunakan tombol ini untuk mengirim sekarang pesan
            yang sudah jatuh tempo, misalnya setelah server email kembali normal.
          </p>
        </div>
        <Button
          className="shrink-0"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const r = await deliverNow({});
              if (!r.ok) setOutcome({ tone: "error", text: r.error });
              else {
                setOutcome({
                  tone: r.data.smtpConfigured && r.data.failed === 0 ? "success" : "warning",
                  text: r.message ?? "Selesai.",
                });
                router.refresh();
              }
            })
          }
        >
          {pending ? "Mengirim…" : "Kirim sekarang"}
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

/** Puts a failed message back in the queue, after a confirmation. */
export function RetryButton({ id }: { id: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("Kembalikan pesan ini ke antrean untuk dicoba kirim lagi?")) return;
          startTransition(async () => {
            const r = await retry({ id });
            setOutcome(r.ok ? { tone: "success", text: r.message ?? "Pesan dikembalikan ke antrean." } : { tone: "error", text: r.error });
            if (r.ok) router.refresh();
          });
        }}
      >
        {pending ? "Memproses…" : "Coba kirim ulang"}
      </Button>
      {outcome && (
        <Alert tone={outcome.tone} className="sm:max-w-sm">
          {outcome.text}
        </Alert>
      )}
    </div>
  );
}
