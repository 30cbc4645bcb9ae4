"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { useFlash } from "@/components/ui/flash";
import { remindJudgesAction } from "@/lib/judging/progress-actions";

type Props = {
  roundId: string;
  /** One judge (a row's button), or everyone who still owes sheets (the page's button). */
  judge?: { id: string; name: string; open: number };
  openSheets: number;
  deadlineText: string | null;
};

/** Queues a reminder mail through the outbox, after a confirmation naming who receives it. */
export function RemindJudgesButton({ roundId, judge, openSheets, deadlineText }: Props) {
  const router = useRouter();
  const flash = useFlash();
  return (
    <ConfirmButton
      triggerLabel={judge ? "Ingatkan" : "Ingatkan semua juri"}
      triggerVariant={judge ? "ghost" : "secondary"}
      triggerSize="sm"
      tone="primary"
      title={judge ? `Ingatkan ${judge.name}?` : "Ingatkan semua juri yang belum selesai?"}
      confirmLabel="Kirim pengingat"
      pendingLabel="Mengantrekan…"
      disabled={openSheets === 0}
      onConfirm={async () => {
        const r = await remindJudgesAction({ roundId, judgeId: judge?.id });
        if (!r.ok) return { ok: false, error: r.error };
        flash.show(r.message ?? "Pengingat dikirim.");
        router.refresh();
        return { ok: true };
      }}
    >
      <p>
        {judge
          ? `${judge.name} menerima email berisi ${judge.open} usulan yang lembar nilainya belum dikirim`
          : `Setiap juri yang masih memiliki lembar nilai belum dikirim (${openSheets} lembar) menerima email berisi daftar usulannya`}
        {deadlineText ? `, dengan batas penilaian ${deadlineText}` : ""}, beserta tautan ke meja penilaiannya.
      </p>
      <p>Email masuk kotak keluar dan dikirim segera bila server surel aktif.</p>
    </ConfirmButton>
  );
}
