import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ENTRIES_PER_PAGE, type RoundAssignments } from "@/lib/judging/assignments-queries";
import { AddAssignmentForm, RemoveAssignmentButton } from "./assignment-controls";
import { SheetStateBadge } from "./sheet-state-badge";

/** The entries of the round with their judges today, and manual add/remove. */
export function AssignmentTable({ data }: { data: RoundAssignments }) {
  const { round, entries } = data;
  if (!entries.total) {
    return (
      <EmptyState
        title="Belum ada usulan pada babak ini"
        description="Usulan yang masuk babak ini akan tercantum di sini bersama jurinya."
        headingLevel={3}
      />
    );
  }
  return (
    <>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {entries.items.map((e) => {
          const assigned = new Set(e.judges.map((j) => j.judgeId));
          return (
            <li key={e.proposalId} className="space-y-2 p-4 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold text-slate-800">{e.title}</p>
                <Badge tone={e.judges.length >= round.judgesPerEntry ? "success" : "warning"}>
                  {e.judges.length} / {round.judgesPerEntry} juri
                </Badge>
              </div>
              <p className="text-slate-600">{e.unitName}</p>
              {e.judges.length === 0 ? (
                <p className="text-slate-500">Belum ada juri.</p>
              ) : (
                <ul className="space-y-1">
                  {e.judges.map((j) => (
                    <li key={j.assignmentId} className="flex flex-wrap items-center gap-2">
                      <span>{j.name}</span>
                      {j.sheet && <SheetStateBadge state={j.sheet} />}
                      {data.changeable && (
                        <RemoveAssignmentButton
                          roundId={round.id}
                          assignmentId={j.assignmentId}
                          judgeName={j.name}
                          title={e.title}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {data.changeable && (
                <AddAssignmentForm
                  roundId={round.id}
                  proposalId={e.proposalId}
                  judges={data.judges.filter((j) => !assigned.has(j.id) && j.loadCap !== 0)}
                />
              )}
            </li>
          );
        })}
      </ul>
      <Pagination
        page={entries.page}
        pageCount={entries.pageCount}
        total={entries.total}
        pageSize={ENTRIES_PER_PAGE}
        basePath={`/admin/penjurian/${round.id}/penugasan`}
        params={{ tampil: "usulan" }}
      />
    </>
  );
}
