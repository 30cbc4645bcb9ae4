"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, ConfirmActions } from "@/components/ui/confirm-dialog";
import { formatMegabytes } from "@/lib/format/size";

/**
 * The plenary's confirmation: the minutes PDF goes to the route handler as the raw body, which confirms the
 * version in the same step. Asked once more before, since a confirmed version is frozen.
 */
export function ConfirmResultForm({
  resultId,
  version,
  maxBytes,
}: {
  resultId: string;
  version: number;
  maxBytes: number;
}) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  async function confirm() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/admin/hasil/${resultId}/konfirmasi`, {
        method: "POST",
        body: file,
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
      });
      const body = (await res.json().catch(() => null)) as { ok: boolean; error?: string } | null;
      if (!res.ok || !body?.ok) {
        setError(body?.error ?? "Konfirmasi gagal. Coba lagi.");
        return;
      }
      setOpen(false);
      setFeedback({ tone: "success", text: `Hasil versi ${version} dikonfirmasi; berita acara tersimpan.` });
      router.refresh();
    } catch {
      setError("Konfirmasi gagal: koneksi terputus. Coba lagi.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-semibold text-slate-800">
          Berita acara rapat pleno (PDF)
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/pdf,.pdf"
          className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-800"
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            setFeedback(null);
            if (f && f.size > maxBytes) {
              setFeedback({ tone: "error", text: `Ukuran berkas melebihi batas ${formatMegabytes(maxBytes)}.` });
              e.target.value = "";
              setFile(null);
              return;
            }
            setFile(f);
          }}
        />
        <p className="text-sm text-slate-600">
          Paling besar {formatMegabytes(maxBytes)}, berisi tanda tangan peserta pleno.
        </p>
      </div>
      <Button disabled={!file || busy} onClick={() => setOpen(true)}>
        Konfirmasi hasil versi {version}
      </Button>
      <FeedbackAlert feedback={feedback} />
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        busy={busy}
        title={`Konfirmasi hasil versi ${version}?`}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={busy}
            pendingLabel="Mengunggah dan mengonfirmasi…"
            confirmLabel="Konfirmasi"
            onConfirm={() => void confirm()}
          />
        }
      >
        <p>
          Setelah dikonfirmasi, hasil ini dibekukan: peringkat dan penghargaannya tidak dapat diubah lagi. Perubahan
          berikutnya hanya lewat koreksi (versi baru dengan alasan). Berita acara &quot;{file?.name}&quot; dilampirkan,
          dan Anda tercatat sebagai yang mengonfirmasi.
        </p>
        {error && <p className="text-sm font-medium text-red-700">{error}</p>}
      </ConfirmDialog>
    </div>
  );
}
