"use client";

import { formatTimeWIB } from "@/lib/format/date";
import { cn } from "@/components/ui/cn";
import type { SaveState } from "./use-autosave";

export function saveStatusLabel(state: SaveState, savedAt: string | null, message?: string | null): string {
  switch (state) {
    case "saving":
      return "Menyimpan…";
    case "saved":
      return savedAt ? `Tersimpan pukul ${formatTimeWIB(savedAt)}` : "Tersimpan";
    case "dirty":
      return message ? `Belum tersimpan — ${message}` : "Belum tersimpan";
    case "invalid":
      return `Belum tersimpan — ${message ?? "periksa isian yang ditandai."}`;
    case "retrying":
      return "Gagal menyimpan — mencoba lagi";
    case "error":
      return `Tidak dapat menyimpan: ${message ?? ""}`.trim();
    case "conflict":
      return "Ada versi lain — pilih yang dipakai";
    default:
      return "Belum diisi";
  }
}

const tone: Record<SaveState, string> = {
  idle: "text-slate-500",
  dirty: "text-amber-800",
  saving: "text-slate-600",
  saved: "text-emerald-800",
  retrying: "text-red-700",
  invalid: "text-red-700",
  error: "text-red-700",
  conflict: "text-red-700",
};

export function SaveStatus({
  state,
  savedAt,
  message,
  className,
}: {
  state: SaveState;
  savedAt: string | null;
  message?: string | null;
  className?: string;
}) {
  return (
    <p role="status" aria-live="polite" className={cn("text-sm font-medium", tone[state], className)}>
      {saveStatusLabel(state, savedAt, message)}
    </p>
  );
}
