"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ActionPanel } from "@/components/ui/action-panel";
import { deliverNow, retry } from "@/lib/notifications/actions";

type Outcome = { tone: "success" | "error" | "warning"; text: string } | null;

/** "Kirim sekarang": sends what is due and reports how many went out, or that mail delivery is not switched on. */
export function DeliverNowPanel() {
  return (
    <ActionPanel
      id="kirim-sekarang"
      title="Pengiriman"
      description={
        "Portal mengirim pesan otomatis setelah setiap perubahan. Gunakan tombol ini untuk mengirim sekarang pesan " +
        "yang sudah jatuh tempo, misalnya setelah server email kembali normal."
      }
      label="Kirim sekarang"
      pendingLabel="Mengirim…"
      refresh
      run={async () => {
        const r = await deliverNow({});
        if (!r.ok) return { tone: "error", text: r.error };
        return {
          tone: r.data.smtpConfigured && r.data.failed === 0 ? "success" : "warning",
          text: r.message ?? "Selesai.",
        };
      }}
    />
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
            setOutcome(
              r.ok
                ? { tone: "success", text: r.message ?? "Pesan dikembalikan ke antrean." }
                : { tone: "error", text: r.error },
            );
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
