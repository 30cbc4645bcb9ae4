"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { formatDateTimeWIB } from "@/lib/format/date";
import { deleteAttachmentAction } from "@/lib/proposals/actions";
import { formatFileSize, formatMegabytes } from "@/lib/format/size";

export type Requirement = {
  kind: string;
  label: string;
  required: boolean;
  allowedContentTypes: string[];
  maxBytes: number;
  maxFiles: number;
};

export type AttachmentRow = {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  uploadedBy: string | null;
};

const TYPE_LABEL: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

export function AttachmentsPanel({
  proposalId,
  requirements,
  attachments,
  enabled,
}: {
  proposalId: string;
  requirements: Requirement[];
  attachments: AttachmentRow[];
  enabled: boolean;
}) {
  return (
    <section
      aria-labelledby="lampiran-judul"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id="lampiran-judul" className="text-lg font-bold text-brand-950">
        Lampiran
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Berkas diperiksa isinya saat diunggah; berkas yang bukan PDF/JPEG/PNG asli ditolak.
      </p>
      <div className="mt-4 space-y-4">
        {requirements.map((r) => (
          <RequirementBlock
            key={r.kind}
            proposalId={proposalId}
            requirement={r}
            files={attachments.filter((a) => a.kind === r.kind)}
            enabled={enabled}
          />
        ))}
      </div>
    </section>
  );
}

type UploadLine = { name: string; state: "waiting" | "uploading" | "done" | "error"; text: string };

function RequirementBlock({
  proposalId,
  requirement: r,
  files,
  enabled,
}: {
  proposalId: string;
  requirement: Requirement;
  files: AttachmentRow[];
  enabled: boolean;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [progress, setProgress] = useState<UploadLine[]>([]);
  const types = r.allowedContentTypes.map((t) => TYPE_LABEL[t] ?? t).join("/");
  const inputId = `lampiran-${r.kind.toLowerCase()}`;

  /** One file: the server's answer as a line for the progress list (the server checks type, size and count again). */
  async function uploadOne(file: File): Promise<{ ok: boolean; text: string }> {
    // Checked here only to answer at once; the server checks again, by the bytes.
    if (file.size > r.maxBytes)
      return { ok: false, text: `Ukuran berkas melebihi batas ${formatMegabytes(r.maxBytes)}.` };
    try {
      const res = await fetch(`/api/usulan/${encodeURIComponent(proposalId)}/lampiran?jenis=${r.kind}`, {
        method: "POST",
        body: file,
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
      });
      const body = (await res.json().catch(() => null)) as { ok: boolean; error?: string } | null;
      if (!res.ok || !body?.ok) return { ok: false, text: body?.error ?? "Unggahan gagal. Coba lagi." };
      return { ok: true, text: "terunggah" };
    } catch {
      return { ok: false, text: "Unggahan gagal: koneksi terputus. Coba lagi." };
    }
  }

  // Several photos at once: one after another (one request at a time keeps slow connections honest), each with
  // its own line, refused as a whole when the choice exceeds the room left.
  async function upload(chosen: File[]) {
    setMessage(null);
    setProgress([]);
    const room = r.maxFiles - files.length;
    if (chosen.length > room) {
      setMessage({
        tone: "error",
        text: `Anda memilih ${chosen.length} berkas, tetapi tempat tersisa ${room} dari paling banyak ${r.maxFiles}. Pilih paling banyak ${room} berkas.`,
      });
      if (input.current) input.current.value = "";
      return;
    }
    setBusy(true);
    const lines: UploadLine[] = chosen.map((f) => ({ name: f.name, state: "waiting", text: "menunggu" }));
    const show = () => setProgress([...lines]);
    let uploaded = 0;
    for (const [i, file] of chosen.entries()) {
      lines[i] = { name: file.name, state: "uploading", text: "mengunggah…" };
      show();
      const result = await uploadOne(file);
      lines[i] = { name: file.name, state: result.ok ? "done" : "error", text: result.text };
      if (result.ok) uploaded++;
      show();
    }
    setBusy(false);
    if (input.current) input.current.value = "";
    const [only] = lines;
    if (chosen.length === 1 && only) {
      setProgress([]);
      setMessage(
        uploaded ? { tone: "success", text: `"${only.name}" terunggah.` } : { tone: "error", text: only.text },
      );
    } else {
      setMessage({
        tone: uploaded === chosen.length ? "success" : "error",
        text: `${uploaded} dari ${chosen.length} berkas terunggah.`,
      });
    }
    if (uploaded) router.refresh();
  }

  async function remove(id: string) {
    setBusy(true);
    setMessage(null);
    try {
      const r = await deleteAttachmentAction({ proposalId, attachmentId: id });
      setMessage(r.ok ? { tone: "success", text: r.message ?? "Lampiran dihapus." } : { tone: "error", text: r.error });
      if (r.ok) router.refresh();
    } catch {
      setMessage({ tone: "error", text: "Gagal menghapus: koneksi terputus. Coba lagi." });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  const full = files.length >= r.maxFiles;
  return (
    <div className="rounded-lg border border-slate-200 p-3 sm:p-4" data-requirement={r.kind}>
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">{r.label}</h3>
        {r.required ? (
          <Badge tone={files.length ? "success" : "warning"}>{files.length ? "Wajib — sudah ada" : "Wajib"}</Badge>
        ) : (
          <Badge>Opsional</Badge>
        )}
      </div>
      <p className="mt-0.5 text-sm text-slate-600">
        {types}, maks. {formatMegabytes(r.maxBytes)} per berkas
        {r.maxFiles > 1 ? `, paling banyak ${r.maxFiles} berkas` : ", satu berkas"}. Terunggah {files.length} dari{" "}
        {r.maxFiles}.
      </p>
      {files.length ? (
        <ul className="mt-3 divide-y divide-slate-100 rounded-md border border-slate-100">
          {files.map((f) => (
            <li key={f.id} className="flex flex-col gap-2 px-3 py-2 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <a
                  href={`/api/usulan/${encodeURIComponent(proposalId)}/lampiran/${encodeURIComponent(f.id)}`}
                  className="break-all font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {f.fileName}
                </a>
                <p className="text-xs text-slate-600">
                  {TYPE_LABEL[f.contentType] ?? f.contentType} · {formatFileSize(f.sizeBytes)} ·{" "}
                  {formatDateTimeWIB(f.uploadedAt)}
                  {f.uploadedBy ? ` · ${f.uploadedBy}` : ""}
                </p>
              </div>
              {enabled ? (
                confirming === f.id ? (
                  <div className="flex shrink-0 flex-wrap items-center gap-2">
                    <span className="text-sm text-slate-700">Hapus berkas ini?</span>
                    <Button size="sm" variant="danger" disabled={busy} onClick={() => remove(f.id)}>
                      Ya, hapus
                    </Button>
                    <Button size="sm" variant="ghost" disabled={busy} onClick={() => setConfirming(null)}>
                      Batal
                    </Button>
                  </div>
                ) : (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="shrink-0 text-red-700 hover:bg-red-50"
                    onClick={() => setConfirming(f.id)}
                  >
                    Hapus
                  </Button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {progress.length ? (
        <ul className="mt-3 space-y-1 text-sm" aria-live="polite" aria-label="Kemajuan unggahan">
          {progress.map((l, i) => (
            <li
              key={i}
              className={
                l.state === "error" ? "text-red-700" : l.state === "done" ? "text-green-800" : "text-slate-700"
              }
            >
              <span className="break-all font-medium">{l.name}</span>: {l.text}
            </li>
          ))}
        </ul>
      ) : null}
      {message ? (
        <Alert tone={message.tone} className="mt-3">
          {message.text}
        </Alert>
      ) : null}
      {enabled && !full ? (
        <div className="mt-3">
          <label htmlFor={inputId} className="sr-only">
            Unggah {r.label}
          </label>
          <input
            ref={input}
            id={inputId}
            type="file"
            className="sr-only"
            accept={r.allowedContentTypes.join(",")}
            disabled={busy}
            multiple={r.maxFiles - files.length > 1}
            onChange={(e) => {
              const chosen = Array.from(e.target.files ?? []);
              if (chosen.length) void upload(chosen);
            }}
          />
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => input.current?.click()}>
            {busy ? "Mengunggah…" : files.length ? "Unggah berkas lain" : "Unggah berkas"}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
