import { Badge } from "@/components/ui/badge";
import { formatDateWIB } from "@/lib/format/date";
import type { FollowUpView } from "@/lib/follow-ups/follow-ups-queries";
import { FollowUpReportForm } from "./report-form";

const rupiah = new Intl.NumberFormat("id-ID");

function StatusBadge({ f }: { f: FollowUpView }) {
  if (f.reportedAt)
    return (
      <Badge tone={f.stillRunning ? "success" : "neutral"}>{f.stillRunning ? "Masih berjalan" : "Berhenti"}</Badge>
    );
  if (f.overdue) return <Badge tone="danger">Terlambat</Badge>;
  return <Badge tone="warning">Belum dilaporkan</Badge>;
}

/** Follow-ups as cards (readable on phones); the unit's screen passes `reporting` to show the report form. */
export function FollowUpList({ items, reporting = false }: { items: FollowUpView[]; reporting?: boolean }) {
  return (
    <ul className="space-y-3">
      {items.map((f) => (
        <li key={f.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <h2 className="text-base font-bold break-words text-brand-950">{f.innovation.name}</h2>
              <p className="text-sm text-slate-600">
                {f.innovation.unit.name}
                {f.award ? ` · ${f.award.name} KOVABLIK ${f.award.edition.year}` : ""}
              </p>
              <p className="text-sm text-slate-700">
                Laporan {f.monthsAfter} bulan · jatuh tempo {formatDateWIB(f.dueOn)}
                {f.remindedAt && !f.reportedAt ? ` · pengingat terakhir ${formatDateWIB(f.remindedAt)}` : ""}
              </p>
            </div>
            <StatusBadge f={f} />
          </div>
          {f.reportedAt ? (
            <dl className="mt-3 grid gap-x-4 gap-y-1 border-t border-slate-100 pt-3 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-slate-500">Dilaporkan</dt>
                <dd>{formatDateWIB(f.reportedAt)}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Penerima manfaat</dt>
                <dd>{f.figures?.beneficiaries != null ? rupiah.format(f.figures.beneficiaries) : "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Anggaran</dt>
                <dd>{f.figures?.budgetRupiah != null ? `Rp${rupiah.format(f.figures.budgetRupiah)}` : "—"}</dd>
              </div>
              {f.notes && (
                <div className="sm:col-span-3">
                  <dt className="text-slate-500">Keterangan</dt>
                  <dd className="whitespace-pre-line break-words">{f.notes}</dd>
                </div>
              )}
            </dl>
          ) : reporting ? (
            <div className="mt-3 border-t border-slate-100 pt-3">
              {f.open ? (
                <FollowUpReportForm followUpId={f.id} innovation={f.innovation.name} />
              ) : (
                <p className="text-sm text-slate-600">Laporan dapat dikirim mulai 30 hari sebelum jatuh tempo.</p>
              )}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
