import { Stat } from "@/components/dashboard/stat";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatDeadlineWIB } from "@/lib/format/date";
import type { RoundProgressView } from "@/lib/judging/progress";
import { STAGE_STATE } from "@/lib/judging/progress-summary";
import { RemindJudgesButton } from "./remind-judges-button";
import { ScoreReopenButton } from "./score-reopen-button";
import { SheetStateBadge } from "./sheet-state-badge";
import { TableHead } from "@/components/ui/table";

function Progress({ submitted, assigned }: { submitted: number; assigned: number }) {
  return (
    <span className="flex items-center gap-2">
      <span className="tabular-nums">
        {submitted} dari {assigned}
      </span>
      <ProgressBar className="w-16" value={submitted} max={assigned} label={`${submitted} dari ${assigned} terkirim`} />
    </span>
  );
}

/** The secretariat's view of a round's scoring: who has submitted what, who is late, and a nudge for them. */
export function ProgressView({ view, now }: { view: RoundProgressView; now: Date }) {
  const { round, totals, judges, entries } = view;
  const deadlineText = round.closesAt ? formatDeadlineWIB(round.closesAt) : null;
  const openSheets = totals.assigned - totals.submitted;
  const canRemind = round.state === "OPEN";
  const exportHref = (format: "csv" | "xlsx") => `/api/admin/penjurian/${round.id}/progres?format=${format}`;
  if (totals.assigned === 0) {
    return (
      <EmptyState
        title="Belum ada penugasan juri"
        description="Progres tampil setelah juri ditugaskan pada usulan babak ini (menu Penugasan)."
      />
    );
  }
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Lembar nilai terkirim" value={`${totals.submitted} / ${totals.assigned}`} />
        <Stat label="Masih draf" value={totals.drafted} />
        <Stat label="Belum mulai" value={totals.notStarted} />
        <Stat
          label="Juri terlambat"
          value={totals.overdueJudges}
          tone={totals.overdueJudges ? "attention" : "default"}
          hint={deadlineText ? `Batas penilaian ${deadlineText}` : "Babak belum memiliki batas waktu"}
        />
      </dl>
      <div className="flex flex-wrap items-center gap-2">
        {canRemind ? (
          <RemindJudgesButton roundId={round.id} openSheets={openSheets} deadlineText={deadlineText} />
        ) : (
          <p className="text-sm text-slate-600">Pengingat dapat dikirim selama babak dibuka untuk penilaian.</p>
        )}
        <a href={exportHref("csv")} className={buttonStyles({ variant: "ghost", size: "sm" })}>
          Unduh CSV
        </a>
        <a href={exportHref("xlsx")} className={buttonStyles({ variant: "ghost", size: "sm" })}>
          Unduh Excel
        </a>
      </div>

      <SectionCard id="progres-juri" title="Per juri">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <TableHead
              columns={[
                "Juri",
                "Terkirim",
                "Draf",
                "Belum mulai",
                { label: <span className="sr-only">Tindakan</span>, className: "py-2" },
              ]}
              className="text-xs uppercase tracking-wide text-slate-500"
              cell="py-2 pr-3"
            />
            <tbody className="divide-y divide-slate-100">
              {judges.map((j) => (
                <tr key={j.judgeId}>
                  <td className="py-2 pr-3">
                    <span className="font-medium text-slate-900">{j.name}</span>
                    {j.overdue && (
                      <Badge tone="danger" className="ml-2">
                        Terlambat
                      </Badge>
                    )}
                    <span className="block text-xs text-slate-500">{j.email}</span>
                  </td>
                  <td className="py-2 pr-3">
                    <Progress submitted={j.submitted} assigned={j.assigned} />
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{j.drafted}</td>
                  <td className="py-2 pr-3 tabular-nums">{j.notStarted}</td>
                  <td className="py-2 text-right">
                    {canRemind && j.submitted < j.assigned && (
                      <RemindJudgesButton
                        roundId={round.id}
                        judge={{ id: j.judgeId, name: j.name, open: j.assigned - j.submitted }}
                        openSheets={j.assigned - j.submitted}
                        deadlineText={deadlineText}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </SectionCard>

      <SectionCard id="progres-usulan" title="Per usulan">
        <ul className="divide-y divide-slate-100">
          {entries.map((e) => (
            <li key={e.proposalId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {e.title}
                  {e.overdue && (
                    <Badge tone="danger" className="ml-2">
                      Terlambat
                    </Badge>
                  )}
                </p>
                <p className="text-xs text-slate-500">{e.unitName}</p>
                <p className="mt-1 flex flex-wrap gap-1.5">
                  {e.judges.map((j) => (
                    <span key={j.name} className="inline-flex items-center gap-1.5">
                      <SheetStateBadge state={STAGE_STATE[j.stage]} judge={j.name} />
                      {/* Reopening is for a submitted sheet while the round is still open (the server checks both). */}
                      {canRemind && j.stage === "submitted" && j.sheetId ? (
                        <ScoreReopenButton sheetId={j.sheetId} judgeName={j.name} proposalTitle={e.title} />
                      ) : null}
                    </span>
                  ))}
                </p>
              </div>
              <Progress submitted={e.submitted} assigned={e.assigned} />
            </li>
          ))}
        </ul>
      </SectionCard>
      <p className="text-xs text-slate-500">Diperbarui {formatDeadlineWIB(now)}.</p>
    </div>
  );
}
