"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/field";
import {
  clearScheduleAction,
  fillScheduleAction,
  moveEntryAction,
  publishScheduleAction,
  regenerateScheduleAction,
  unpublishScheduleAction,
} from "@/lib/schedules/actions";

/** Fill the free slots; a fill never moves what is already placed. */
export function FillButton({ roundId, unplaced }: { roundId: string; unplaced: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  return (
    <div className="space-y-2">
      <Button
        disabled={pending || unplaced === 0}
        onClick={() =>
          startTransition(async () => {
            const r = await fillScheduleAction({ roundId });
            setFeedback(r.ok ? { tone: "success", text: r.message ?? "Terjadwal." } : { tone: "error", text: r.error });
            if (r.ok) router.refresh();
          })
        }
      >
        {pending ? "Mengisi…" : "Isi jadwal otomatis"}
      </Button>
      <FeedbackAlert feedback={feedback} />
    </div>
  );
}

/** Clear and fill again in one step, e.g. after a panel's judges or a conflict changed. */
export function RegenerateButton({
  roundId,
  placed,
  published,
}: {
  roundId: string;
  placed: number;
  published: boolean;
}) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  if (!placed) return null;
  return (
    <div className="space-y-2">
      <ConfirmButton
        triggerLabel="Susun ulang"
        title="Susun ulang seluruh jadwal?"
        confirmLabel="Susun ulang"
        onConfirm={async () => {
          const r = await regenerateScheduleAction({ roundId });
          if (!r.ok) return { ok: false, error: r.error };
          setFeedback({ tone: "success", text: r.message ?? "Disusun ulang." });
          router.refresh();
          return { ok: true };
        }}
      >
        <p>
          Semua {placed} usulan dilepas dari slotnya, termasuk yang dipindahkan manual, lalu ditempatkan lagi secara
          otomatis. Jam dan ruang setiap usulan dapat berubah.
        </p>
        {published && (
          <p>Jadwal ini sudah diumumkan; pengumumannya ditarik. Umumkan lagi agar unit menerima jadwal barunya.</p>
        )}
      </ConfirmButton>
      <FeedbackAlert feedback={feedback} />
    </div>
  );
}

export function ClearButton({ roundId, placed, published }: { roundId: string; placed: number; published: boolean }) {
  const router = useRouter();
  if (!placed) return null;
  return (
    <ConfirmButton
      triggerLabel="Kosongkan jadwal"
      title="Kosongkan seluruh jadwal?"
      confirmLabel="Kosongkan"
      onConfirm={async () => {
        const r = await clearScheduleAction({ roundId });
        if (!r.ok) return { ok: false, error: r.error };
        router.refresh();
        return { ok: true };
      }}
    >
      <p>Semua {placed} slot dilepas, termasuk yang dipindahkan manual. Setelah itu jadwal dapat diisi ulang.</p>
      {published && <p>Jadwal ini sudah diumumkan; pengumumannya ikut ditarik sehingga unit tidak melihat apa pun.</p>}
    </ConfirmButton>
  );
}

/** Publishing lets the units of the scheduled entries see their slot or visit date; withdrawing hides it again. */
export function PublishButton({ roundId, published, count }: { roundId: string; published: boolean; count: number }) {
  const router = useRouter();
  const run = async (publish: boolean) => {
    const r = publish ? await publishScheduleAction({ roundId }) : await unpublishScheduleAction({ roundId });
    if (!r.ok) return { ok: false as const, error: r.error };
    router.refresh();
    return { ok: true as const };
  };
  return published ? (
    <ConfirmButton
      triggerLabel="Tarik pengumuman"
      title="Tarik pengumuman jadwal?"
      confirmLabel="Tarik pengumuman"
      onConfirm={() => run(false)}
    >
      <p>Operator dan admin lokal tidak lagi melihat jadwal usulan mereka sampai jadwal diumumkan lagi.</p>
    </ConfirmButton>
  ) : (
    <ConfirmButton
      triggerLabel="Umumkan ke unit"
      triggerVariant="primary"
      tone="primary"
      title="Umumkan jadwal ke unit?"
      confirmLabel="Umumkan"
      disabled={count === 0}
      onConfirm={() => run(true)}
    >
      <p>
        Operator dan admin lokal dari {count} usulan terjadwal akan melihat jadwalnya di halaman usulan dan dasbor.
        Perubahan setelah ini langsung terlihat oleh mereka.
      </p>
    </ConfirmButton>
  );
}

type SlotOption = { value: string; label: string };

/** Moves one entry to another slot; choosing an occupied slot swaps the two entries. */
export function MoveEntryForm({
  roundId,
  proposalId,
  title,
  options,
}: {
  roundId: string;
  proposalId: string;
  title: string;
  options: SlotOption[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [target, setTarget] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = `pindah-${proposalId}`;
  return (
    <form
      className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center"
      onSubmit={(e) => {
        e.preventDefault();
        const [panelId = "", startsAt = ""] = target.split("|");
        startTransition(async () => {
          const r = await moveEntryAction({ roundId, proposalId, panelId, startsAt });
          setFeedback(
            r.ok
              ? { tone: "success", text: r.message ?? "Dipindahkan." }
              : { tone: "error", text: r.fieldErrors?.slot?.[0] ?? r.error },
          );
          if (r.ok) {
            setTarget("");
            router.refresh();
          }
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        Pindahkan &ldquo;{title}&rdquo; ke slot
      </label>
      <Select id={id} value={target} onChange={(e) => setTarget(e.target.value)} className="sm:max-w-sm">
        <option value="">Pindahkan ke…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending || !target}>
        {pending ? "Memindahkan…" : "Pindahkan"}
      </Button>
      <FeedbackAlert feedback={feedback} className="sm:ml-2" />
    </form>
  );
}
