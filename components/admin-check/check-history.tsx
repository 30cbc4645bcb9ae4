import { Badge } from "@/components/ui/badge";
import { SectionCard } from "@/components/ui/card";
import { OUTCOME_LABEL } from "@/lib/admin-check/schemas";
import type { CheckContext } from "@/lib/admin-check/service";
import { formatDateTimeWIB, formatDeadlineWIB } from "@/lib/format/date";

/** Earlier attempts of the check, with every item as it was decided. */
export function CheckHistory({ attempts }: { attempts: CheckContext["attempts"] }) {
  if (!attempts.length) return null;
  return (
    <SectionCard id="seleksi-sebelumnya" title="Seleksi sebelumnya" contentClassName="space-y-5">
      {attempts.map((a) => (
        <details key={a.attempt} className="group">
          <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold text-slate-900">Pemeriksaan ke-{a.attempt}</span>
            {a.outcome && (
              <Badge tone={a.outcome === "PASS" ? "success" : a.outcome === "FAIL" ? "danger" : "warning"}>
                {OUTCOME_LABEL[a.outcome]}
              </Badge>
            )}
            <span className="text-xs text-slate-500">
              {a.decidedBy?.name} · {formatDateTimeWIB(a.decidedAt)}
            </span>
          </summary>
          {a.reason && <p className="mt-2 whitespace-pre-wrap text-sm text-slate-700">{a.reason}</p>}
          {a.correctionDeadline && (
            <p className="mt-1 text-sm text-slate-700">Batas perbaikan: {formatDeadlineWIB(a.correctionDeadline)}</p>
          )}
          <ul className="mt-2 space-y-1 text-sm">
            {a.items.map((i) => (
              <li key={i.key}>
                <span className={i.passed ? "text-emerald-800" : "font-semibold text-red-800"}>
                  {i.passed ? "✓" : "✗"}
                </span>{" "}
                {i.label}
                {i.note && <span className="text-slate-500"> — {i.note}</span>}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </SectionCard>
  );
}
