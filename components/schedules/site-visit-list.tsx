import { EmptyState } from "@/components/ui/empty-state";
import { formatDateWIB } from "@/lib/format/date";
import type { SiteVisitView } from "@/lib/schedules/queries";
import { SiteVisitForm } from "./site-visit-form";

/** One card per entry of the round: its visit (date, team) or "belum dijadwalkan", and the form to set it. */
export function SiteVisitList({ v, changeable }: { v: SiteVisitView; changeable: boolean }) {
  if (!v.entries.length)
    return (
      <EmptyState
        headingLevel={3}
        title="Belum ada usulan di babak ini"
        description="Kunjungan dijadwalkan untuk usulan yang masuk babak ini."
      />
    );
  return (
    <ul className="space-y-4">
      {v.entries.map((e) => (
        <li key={e.proposalId} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="font-semibold text-slate-900">{e.title}</p>
          <p className="text-sm text-slate-600">{e.unitName}</p>
          {e.visit ? (
            <p className="mt-1 text-sm text-slate-800">
              <strong>{formatDateWIB(new Date(`${e.visit.visitDate}T00:00:00Z`))}</strong> · Juri:{" "}
              {e.visit.judges.map((j) => j.name).join(", ")} · Penilai:{" "}
              {e.visit.evaluators.map((x) => `${x.name} (${x.role})`).join(", ")}
            </p>
          ) : (
            <p className="mt-1 text-sm text-gold-900">Belum dijadwalkan.</p>
          )}
          {changeable && (
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                {e.visit ? "Ubah kunjungan" : "Jadwalkan kunjungan"}
              </summary>
              <div className="mt-3">
                <SiteVisitForm
                  roundId={v.round.id}
                  proposalId={e.proposalId}
                  title={e.title}
                  visit={e.visit}
                  judges={v.judges}
                  blockedJudgeIds={e.blockedJudgeIds}
                />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
