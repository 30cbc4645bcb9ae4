import { Badge } from "@/components/ui/badge";
import { formatDateTimeWIB } from "@/lib/format/date";
import type { ResultsAdminView } from "@/lib/results/results-queries";

/** Every version of the edition's result, newest first: confirmed, by whom, minutes, the correction's reason. */
export function ResultsHistory({ versions }: { versions: ResultsAdminView["versions"] }) {
  return (
    <ol className="space-y-3">
      {versions.map((v) => (
        <li key={v.id} className="rounded-lg border border-slate-200 p-4 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-bold text-brand-950">Versi {v.version}</span>
            {v.confirmedAt ? (
              v.inForce ? (
                <Badge tone="success">Berlaku</Badge>
              ) : (
                <Badge tone="neutral">Digantikan koreksi</Badge>
              )
            ) : (
              <Badge tone="warning">Draf</Badge>
            )}
            {v.publishedAt && <Badge tone="info">Diumumkan</Badge>}
          </div>
          <p className="mt-1 text-slate-700">
            {v.lines} usulan, {v.awards} penghargaan · disusun {formatDateTimeWIB(v.createdAt)}
          </p>
          {v.supersedes !== null && (
            <p className="mt-1 text-slate-700">
              Koreksi atas versi {v.supersedes}. Alasan: {v.correctionReason}
            </p>
          )}
          {v.confirmedAt && (
            <p className="mt-1 text-slate-700">
              Dikonfirmasi pleno {formatDateTimeWIB(v.confirmedAt)}
              {v.confirmedBy ? ` oleh ${v.confirmedBy}` : ""}
              {v.hasMinutes && (
                <>
                  {" · "}
                  <a
                    href={`/api/admin/hasil/${v.id}/berita-acara`}
                    className="font-semibold text-brand-800 underline underline-offset-2"
                  >
                    Unduh berita acara versi {v.version}
                  </a>
                </>
              )}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
