import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { fieldChanges, type AuditEntryDetail } from "@/lib/audit/queries";
import { formatDateTimeWIB, toDateTimeAttribute } from "@/lib/format/date";

function show(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

function Meta({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <h3 className="mb-1.5 text-sm font-bold text-brand-950">{title}</h3>
      <pre className="max-h-96 overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 text-xs leading-relaxed text-slate-800">
        {value === null || value === undefined ? "(kosong)" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

export function AuditEntryView({ entry }: { entry: AuditEntryDetail }) {
  const changes = fieldChanges(entry.before, entry.after);
  const changedCount = changes.filter((c) => c.changed).length;
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
        <Meta label="Waktu">
          <time dateTime={toDateTimeAttribute(entry.at)}>{formatDateTimeWIB(entry.at)}</time>
        </Meta>
        <Meta label="Aksi">
          <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{entry.action}</code>
        </Meta>
        <Meta label="Pelaku">{entry.actor ? `${entry.actor.name} (${entry.actor.email})` : "Sistem"}</Meta>
        <Meta label="Jenis data">{entry.entityType}</Meta>
        <Meta label="ID data">{entry.entityId ?? "—"}</Meta>
        <Meta label="Sidik (hash)">
          <span className="font-mono text-xs break-all">{entry.hash}</span>
        </Meta>
      </dl>

      <section aria-labelledby="perubahan" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="perubahan" className="text-lg font-bold text-brand-950">Perubahan</h2>
          {changes.length > 0 && <Badge tone={changedCount ? "warning" : "neutral"}>{changedCount} kolom berubah</Badge>}
        </div>
        {changes.length === 0 ? (
          <p className="text-sm text-slate-600">Entri ini tidak mencatat data sebelum maupun sesudah.</p>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
            <table className="w-full min-w-[32rem] table-fixed text-left text-sm">
              <caption className="sr-only">Nilai tiap kolom sebelum dan sesudah; kolom yang berubah ditandai</caption>
              <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600">
                <tr>
                  <th scope="col" className="w-1/4 px-4 py-2.5">Kolom</th>
                  <th scope="col" className="px-4 py-2.5">Sebelum</th>
                  <th scope="col" className="px-4 py-2.5">Sesudah</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {changes.map((c) => (
                  <tr key={c.key} className={cn("align-top", c.changed && "bg-amber-50/70")}>
                    <th scope="row" className="px-4 py-2.5 font-medium text-slate-800">
                      <span className="break-words">{c.key}</span>
                      {c.changed && <span className="sr-only"> (berubah)</span>}
                    </th>
                    <td className={cn("px-4 py-2.5 whitespace-pre-wrap break-words font-mono text-xs", c.changed ? "text-red-800" : "text-slate-700")}>
                      {show(c.before)}
                    </td>
                    <td className={cn("px-4 py-2.5 whitespace-pre-wrap break-words font-mono text-xs", c.changed ? "text-emerald-800" : "text-slate-700")}>
                      {show(c.after)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <details className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <summary className="cursor-pointer text-sm font-semibold text-brand-900">JSON lengkap</summary>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          <JsonBlock title="Sebelum" value={entry.before} />
          <JsonBlock title="Sesudah" value={entry.after} />
        </div>
        <p className="mt-3 text-xs text-slate-500 break-all">Sidik entri sebelumnya: {entry.prevHash ?? "(entri pertama)"}</p>
      </details>
    </div>
  );
}
