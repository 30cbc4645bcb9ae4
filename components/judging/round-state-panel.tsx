"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { closeRoundAction, openRoundAction } from "@/lib/judging/actions";
import type { RoundState } from "@/lib/judging/schemas";

/** Opening (which freezes the rubric) and closing the round, each after a confirmation. */
export function RoundStatePanel({
  roundId,
  name,
  state,
  problems,
}: {
  roundId: string;
  name: string;
  state: RoundState;
  problems: string[];
}) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = (action: () => Promise<{ ok: true; message?: string } | { ok: false; error: string }>) => async () => {
    const r = await action();
    if (!r.ok) return { ok: false as const, error: r.error };
    setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
    router.refresh();
    return { ok: true as const };
  };
  return (
    <div className="space-y-3">
      <FeedbackAlert feedback={feedback} />
      {state === "DRAFT" && (
        <>
          {problems.length > 0 ? (
            <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
              <p className="font-semibold">Sebelum babak dapat dibuka:</p>
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="text-sm text-slate-700">
              Semua syarat terpenuhi. Setelah dibuka, rubrik dan pengaturan utama babak dibekukan.
            </p>
          )}
          <ConfirmButton
            triggerLabel="Buka babak"
            triggerVariant="primary"
            tone="primary"
            disabled={problems.length > 0}
            title={`Buka "${name}"?`}
            confirmLabel="Ya, buka babak"
            onConfirm={run(() => openRoundAction({ roundId }))}
          >
            <p>
              Rubrik, bobot, dan pengaturan utama babak tidak dapat diubah lagi setelah babak dibuka. Hanya nama dan
              perpanjangan waktu tutup yang masih dapat diubah.
            </p>
          </ConfirmButton>
        </>
      )}
      {state === "OPEN" && (
        <ConfirmButton
          triggerLabel="Tutup babak"
          title={`Tutup "${name}"?`}
          confirmLabel="Ya, tutup babak"
          onConfirm={run(() => closeRoundAction({ roundId }))}
        >
          <p>Juri tidak dapat lagi mengubah penilaiannya pada babak ini, dan susunan juri dikunci.</p>
        </ConfirmButton>
      )}
      {(state === "CLOSED" || state === "SEALED") && <p className="text-sm text-slate-700">Babak ini sudah ditutup.</p>}
    </div>
  );
}
