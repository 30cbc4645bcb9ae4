"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Textarea } from "@/components/ui/field";
import { useFlash } from "@/components/ui/flash";
import { declareConflictAction } from "@/lib/judging/actions";

/**
 * "Saya mengenal unit ini", from the scoring screen itself: a declared conflict with this entry. The entry
 * leaves the judge's desk at once (its sheet is kept, withdrawn) and waits for another judge.
 */
export function DeclareEntryConflict({ roundId, proposalId }: { roundId: string; proposalId: string }) {
  const router = useRouter();
  const flash = useFlash();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const desk = `/juri/babak/${roundId}`;
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        Saya mengenal unit ini
      </Button>
      <ConfirmDialog
        open={open}
        busy={pending}
        onClose={() => setOpen(false)}
        title="Nyatakan konflik kepentingan?"
        onSubmit={async () => {
          setPending(true);
          setError(null);
          try {
            const r = await declareConflictAction({ roundId, target: "ENTRY", proposalId, unitId: "", reason });
            if (!r.ok) return setError(r.fieldErrors?.reason?.[0] ?? r.error);
            flash.show(r.message ?? "Konflik kepentingan dicatat.", desk);
            setOpen(false);
            router.push(desk);
          } catch {
            setError("Koneksi terputus. Periksa jaringan Anda lalu coba lagi.");
          } finally {
            setPending(false);
          }
        }}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={pending}
            confirmLabel="Nyatakan konflik"
            variant="danger"
          />
        }
      >
        <p>
          Usulan ini dikeluarkan dari daftar Anda dan dialihkan ke juri lain. Nilai yang sudah Anda isi tidak dihitung.
          Ini tidak dapat dibatalkan dari sini.
        </p>
        <Field
          id={`konflik-alasan-${proposalId}`}
          label="Alasan"
          required
          hint="Mis. pernah bekerja di unit ini, atau mengenal inovatornya."
          error={error ?? undefined}
        >
          {(aria) => (
            <Textarea {...aria} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
          )}
        </Field>
      </ConfirmDialog>
    </>
  );
}
