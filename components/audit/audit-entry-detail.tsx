import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Meta } from "@/components/ui/meta";
import { fieldRows } from "@/lib/audit/field-view";
import { actionLabel } from "@/lib/audit/labels";
import type { AuditEntryDetail } from "@/lib/audit/queries";
import { formatDateTimeWIB, toDateTimeAttribute } from "@/lib/format/date";
import { entrySubject } from "./audit-table";
import { TableHead } from "@/components/ui/table";

export function AuditEntryView({ entry }: { entry: AuditEntryDetail }) {
  const rows = fieldRows(entry.before, entry.after);
  const hasBefore = entry.before !== null && entry.before !== undefined;
  const hasAfter = entry.after !== null && entry.after !== undefined;
  const changedCount = hasBefore && hasAfter ? rows.filter((c) => c.changed).length : null;
  const subject = entrySubject(entry);
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
        <Meta label="Waktu">
          <time dateTime={toDateTimeAttribute(entry.at)}>{formatDateTimeWIB(entry.at)}</time>
        </Meta>
        <Meta label="Aksi">
          <span title={entry.action}>{actionLabel(entry.action)}</span>
        </Meta>
        <Meta label="Pelaku">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : "Sistem"}</Meta>
        <Meta label="Jenis data">{subject.noun}</Meta>
        <Meta label="ID data">{subject.id ?? "—"}</Meta>
      </dl>

      <section aria-labelledby="perubahan" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="perubahan" className="text-lg font-bold text-brand-950">
            {hasBefore && hasAfter ? "Perubahan" : "Data yang dicatat"}
          </h2>
          {changedCount !== null && (
            <Badge tone={changedCount ? "warning" : "neutral"}>{changedCount} kolom berubah</Badge>
          )}
        </div>
        {rows.length === 0 ? (
          <p className="text-sm text-slate-600">Entri ini tidak mencatat data sebelum maupun sesudah.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
            <table className="w-full min-w-[32rem] table-fixed text-left text-sm">
              <caption className="sr-only">Nilai tiap kolom sebelum dan sesudah; kolom yang berubah ditandai</caption>
              <TableHead
                columns={[{ label: "Kolom", className: "w-1/4 px-4 py-2.5" }, "Sebelum", "Sesudah"]}
                cell="px-4 py-2.5"
              />
              <tbody className="divide-y divide-slate-100">
                {rows.map((c) => (
                  <tr key={c.key} className={cn("align-top", c.changed && hasBefore && hasAfter && "bg-amber-50/70")}>
                    <th scope="row" className="px-4 py-2.5 font-medium text-slate-800">
                      <span className="break-words">{c.label}</span>
                      {c.changed && hasBefore && hasAfter && <span className="sr-only"> (berubah)</span>}
                    </th>
                    <td
                      className={cn(
                        "px-4 py-2.5 whitespace-pre-wrap break-words",
                        c.changed ? "text-red-800" : "text-slate-700",
                      )}
                    >
                      {c.before}
                    </td>
                    <td
                      className={cn(
                        "px-4 py-2.5 whitespace-pre-wrap break-words",
                        c.changed ? "text-emerald-800" : "text-slate-700",
                      )}
                    >
                      {c.after}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <details className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="cursor-pointer text-sm font-semibold text-brand-900">
          Sidik entri (untuk pemeriksaan integritas)
        </summary>
        <p className="mt-3 text-xs text-slate-600 break-all">
          Sidik entri ini: <span className="font-mono">{entry.hash}</span>
        </p>
        <p className="mt-1 text-xs text-slate-600 break-all">
          Sidik entri sebelumnya: <span className="font-mono">{entry.prevHash ?? "(entri pertama)"}</span>
        </p>
      </details>
    </div>
  );
}
