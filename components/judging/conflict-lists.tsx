import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTimeWIB } from "@/lib/format/date";
import { CONFLICT_SOURCE_LABEL } from "@/lib/judging/conflict-rules";
import type { RoundConflicts } from "@/lib/judging/conflicts";
import { LiftConflictButton } from "./reason-button";

const SOURCE_TONE = { UNIT_TREE: "info", DECLARED: "warning", ADMIN: "brand" } as const;

/** Every conflict of every judge of the round, lifted ones kept with their reason. */
export function ConflictsPerJudge({ data }: { data: RoundConflicts }) {
  if (!data.perJudge.length) {
    return (
      <EmptyState
        title="Belum ada juri pada babak ini"
        description="Angkat juri dahulu; konflik dari keanggotaan unit mereka muncul di sini."
        headingLevel={3}
      />
    );
  }
  return (
    <ul className="space-y-4">
      {data.perJudge.map((j) => (
        <li key={j.id} className="rounded-xl border border-slate-200 bg-white p-4">
          <h3 className="font-bold text-brand-950">{j.name}</h3>
          <p className="text-sm text-slate-600">{j.email}</p>
          {j.conflicts.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Tidak ada konflik tercatat.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {j.conflicts.map((c) => (
                <li key={c.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0 space-y-1 text-sm">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={SOURCE_TONE[c.source]}>{CONFLICT_SOURCE_LABEL[c.source]}</Badge>
                      {c.liftedAt && <Badge tone="neutral">Dicabut {formatDateTimeWIB(c.liftedAt)}</Badge>}
                    </div>
                    <p className={c.liftedAt ? "text-slate-500 line-through" : "font-semibold text-slate-800"}>
                      {c.what}
                    </p>
                    <p className="text-slate-600">Alasan: {c.reason}</p>
                    {c.liftReason && <p className="text-slate-600">Alasan pencabutan: {c.liftReason}</p>}
                  </div>
                  {!c.liftedAt && data.changeable && (
                    <LiftConflictButton
                      roundId={data.round.id}
                      conflictId={c.id}
                      description={`${j.name} akan dapat ditugaskan lagi pada ${c.what.toLowerCase()}. Alasan pencabutan tercatat di log audit.`}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Per entry: the judges a conflict keeps away from it. */
export function ConflictsPerEntry({ data }: { data: RoundConflicts }) {
  if (!data.perEntry.length) {
    return (
      <EmptyState
        title="Belum ada usulan pada babak ini"
        description="Usulan yang masuk babak ini akan tercantum di sini bersama juri yang berkonflik."
        headingLevel={3}
      />
    );
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
      {data.perEntry.map((e) => (
        <li key={e.proposalId} className="p-4 text-sm">
          <p className="font-semibold text-slate-800">{e.title}</p>
          <p className="text-slate-600">{e.unitName}</p>
          {e.judges.length === 0 ? (
            <p className="mt-1 text-slate-500">Tidak ada juri yang berkonflik.</p>
          ) : (
            <ul className="mt-2 flex flex-wrap gap-2">
              {e.judges.map((j) => (
                <li key={j.conflictId}>
                  <Badge tone={SOURCE_TONE[j.source]} title={j.reason}>
                    {j.judgeName} · {CONFLICT_SOURCE_LABEL[j.source]}
                  </Badge>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
