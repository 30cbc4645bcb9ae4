"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { fileSize } from "@/components/site/guidebook-download";
import { ConfirmButton, type ConfirmOutcome } from "@/components/ui/confirm-dialog";
import { formatDateTimeWIB } from "@/lib/format/date";
import { formatMegabytes } from "@/lib/format/size";

type Current = { fileName: string; sizeBytes: number; uploadedAt: string; uploadedBy: string | null } | null;

/** The edition's guidebook (juknis): upload, replace, remove. The route handler checks everything again. */
export function GuidebookManager({ year, maxBytes, current }: { year: number; maxBytes: number; current: Current }) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const endpoint = `/api/juknis/${year}`;

  async function upload(file: File) {
    setFeedback(null);
    // Checked here only to answer at once; the server checks the size and the bytes again.
    if (file.size > maxBytes) {
      setFeedback({ tone: "error", text: `Ukuran berkas melebihi batas ${formatMegabytes(maxBytes)}.` });
      if (input.current) input.current.value = "";
      return;
    }
    setBusy(true);
    try {
      const res = await fetch(endpoint, {
        method: "POST",
        body: file,
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
      });
      const body = (await res.json().catch(() => null)) as { ok: boolean; error?: string } | null;
      if (!res.ok || !body?.ok) {
        setFeedback({ tone: "error", text: body?.error ?? "Unggahan gagal. Coba lagi." });
        return;
      }
      setFeedback({ tone: "success", text: `Petunjuk teknis "${file.name}" terunggah.` });
      router.refresh();
    } catch {
      setFeedback({ tone: "error", text: "Unggahan gagal: koneksi terputus. Coba lagi." });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  async function remove(): Promise<ConfirmOutcome> {
    try {
      const res = await fetch(endpoint, { method: "DELETE" });
      const body = (await res.json().catch(() => null)) as { ok: boolean; error?: string } | null;
      if (!res.ok || !body?.ok) return { ok: false, error: body?.error ?? "Gagal menghapus. Coba lagi." };
      setFeedback({ tone: "success", text: "Petunjuk teknis dihapus dari portal." });
      router.refresh();
      return { ok: true };
    } catch {
      return { ok: false, error: "Gagal menghapus: koneksi terputus. Coba lagi." };
    }
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Petunjuk teknis (juknis) edisi {year}</CardTitle>
        <CardDescription>
          Satu berkas PDF, paling besar {formatMegabytes(maxBytes)}. Setelah diunggah, siapa pun dapat mengunduhnya dari
          beranda dan halaman tanya jawab (selama edisi tidak berstatus draf). Mengunggah berkas baru menggantikan yang
          lama.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <FeedbackAlert feedback={feedback} />
        {current ? (
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold text-slate-600">Berkas</dt>
            <dd className="break-all">
              <a href={endpoint} download className="font-semibold text-brand-800 underline underline-offset-2">
                {current.fileName}
              </a>{" "}
              ({fileSize(current.sizeBytes)})
            </dd>
            <dt className="font-semibold text-slate-600">Diunggah</dt>
            <dd>
              {formatDateTimeWIB(current.uploadedAt)}
              {current.uploadedBy ? ` oleh ${current.uploadedBy}` : ""}
            </dd>
          </dl>
        ) : (
          <p className="text-sm text-slate-600">
            Belum ada petunjuk teknis untuk edisi ini. Pengunjung melihat keterangan &quot;belum tersedia&quot;.
          </p>
        )}
      </CardContent>
      <CardFooter>
        <label
          htmlFor={inputId}
          className={cn(
            buttonStyles({ variant: current ? "secondary" : "primary" }),
            busy && "pointer-events-none opacity-60",
            "cursor-pointer",
          )}
        >
          {busy ? "Mengunggah…" : current ? "Ganti PDF" : "Unggah PDF"}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/pdf,.pdf"
          className="sr-only"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
        {current ? (
          <ConfirmButton
            triggerLabel="Hapus"
            title="Hapus petunjuk teknis?"
            confirmLabel="Hapus"
            onConfirm={remove}
            disabled={busy}
          >
            <p>
              &quot;{current.fileName}&quot; tidak dapat diunduh lagi dari portal. Anda dapat mengunggah berkas baru
              kapan saja.
            </p>
          </ConfirmButton>
        ) : null}
      </CardFooter>
    </Card>
  );
}
