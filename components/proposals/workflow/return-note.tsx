import { Alert } from "@/components/ui/alert";
import { formatDateTimeWIB, formatDeadlineWIB } from "@/lib/format/date";
import type { ReturnNote } from "@/lib/proposals/return-notes";

function heading(r: ReturnNote) {
  return r.bySecretariat ? "Dikembalikan sekretariat untuk perbaikan" : "Dikembalikan admin lokal";
}

/** At the top of a returned proposal: who returned it, when, their note and the correction deadline. */
export function ReturnNoteAlert({ note: r, className }: { note: ReturnNote; className?: string }) {
  return (
    <Alert tone="warning" className={className}>
      <strong>{heading(r)}</strong>
      {r.by ? ` oleh ${r.by}` : ""}
      {r.at ? ` pada ${formatDateTimeWIB(r.at)}` : ""}.
      {r.note && <span className="mt-1 block whitespace-pre-line">Catatan: {r.note}</span>}
      {r.correctionDeadline && (
        <span className="mt-1 block">
          Perbaiki dan kirim ulang paling lambat {formatDeadlineWIB(r.correctionDeadline)}.
        </span>
      )}
    </Alert>
  );
}

/** One line in a list: the note cut short (the proposal shows it whole) and the deadline. */
export function ReturnNoteLine({ note: r }: { note: ReturnNote }) {
  return (
    <p className="mt-1 rounded-md border border-gold-200 bg-gold-50 px-3 py-1.5 text-sm text-gold-900">
      <span className="font-semibold">{heading(r)}:</span>{" "}
      <span className="line-clamp-2 inline break-words">{r.note ?? "tanpa catatan"}</span>
      {r.correctionDeadline && (
        <span className="block text-xs">Batas perbaikan {formatDeadlineWIB(r.correctionDeadline)}</span>
      )}
    </p>
  );
}
