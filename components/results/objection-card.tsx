import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDateTimeWIB } from "@/lib/format/date";
import { OBJECTION_DECISION_LABEL } from "@/lib/results/schemas";

type Objection = {
  id: string;
  reason: string;
  lodgedAt: Date;
  decision: "PENDING" | "UPHELD" | "REJECTED";
  decisionNote: string | null;
  decidedAt: Date | null;
  evidenceFileName: string | null;
  proposal: { title: string };
  unit: { name: string };
};

const TONE = { PENDING: "warning", UPHELD: "success", REJECTED: "neutral" } as const;

/** One objection as both sides read it: against what, by which unit, why, the evidence, and the decision. */
export function ObjectionCard({ o, by, children }: { o: Objection; by?: string | null; children?: ReactNode }) {
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-bold text-brand-950">{o.proposal.title}</h3>
        <Badge tone={TONE[o.decision]}>{OBJECTION_DECISION_LABEL[o.decision]}</Badge>
      </div>
      <p className="mt-1 text-slate-600">
        Diajukan {formatDateTimeWIB(o.lodgedAt)} atas nama {o.unit.name}
        {by ? ` oleh ${by}` : ""}
      </p>
      <p className="mt-2 whitespace-pre-line text-slate-800">{o.reason}</p>
      {o.evidenceFileName && (
        <p className="mt-2">
          Bukti:{" "}
          <a
            href={`/api/sanggahan/${o.id}/bukti`}
            className="font-semibold text-brand-800 underline underline-offset-2"
          >
            {o.evidenceFileName}
          </a>
        </p>
      )}
      {o.decision !== "PENDING" && (
        <p className="mt-2 rounded-lg bg-slate-50 p-3 text-slate-800">
          <strong>Keputusan {formatDateTimeWIB(o.decidedAt)}:</strong> {o.decisionNote}
        </p>
      )}
      {children && <div className="mt-3 border-t border-slate-100 pt-3">{children}</div>}
    </li>
  );
}
