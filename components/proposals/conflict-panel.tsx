"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTimeWIB } from "@/lib/format/date";

/** Someone else saved first: show both versions side by side and let the user pick. Nothing is overwritten silently. */
export function ConflictPanel({
  savedBy,
  savedAt,
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  savedBy: string | null;
  savedAt: string;
  mine: ReactNode;
  theirs: ReactNode;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-950">
      <p className="font-semibold">
        Bagian ini sudah diubah {savedBy ? `oleh ${savedBy}` : "di tempat lain"} pada {formatDateTimeWIB(savedAt)}. Teks
        Anda belum disimpan. Pilih versi yang dipakai.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="min-w-0 rounded-md border border-slate-200 bg-white p-3 text-slate-900">
          <p className="mb-1 text-xs font-bold uppercase tracking-wide text-slate-600">Versi Anda</p>
          <div className="max-h-64 overflow-auto whitespace-pre-wrap break-words">{mine}</div>
        </div>
        <div className="min-w-0 rounded-md border border-slate-200 bg-white p-3 text-slate-900">
          <p className="mb-1 text-xs font-bold uppercase tracking-wide text-slate-600">Versi tersimpan</p>
          <div className="max-h-64 overflow-auto whitespace-pre-wrap break-words">{theirs}</div>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={onKeepMine}>
          Pakai versi saya
        </Button>
        <Button size="sm" variant="secondary" onClick={onTakeTheirs}>
          Pakai versi tersimpan
        </Button>
      </div>
    </div>
  );
}
