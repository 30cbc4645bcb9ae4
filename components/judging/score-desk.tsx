import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatDateTimeWIB, formatDeadlineWIB } from "@/lib/format/date";
import type { Desk } from "@/lib/judging/score-queries";
import { formatTotal } from "@/lib/judging/weighted-total";
import { SheetStateBadge } from "./sheet-state-badge";

/** The judge's entries in one round: progress, the deadline in WIB, and each entry's sheet state. */
export function ScoreDesk({ desk }: { desk: Desk }) {
  const { round, progress } = desk;
  return (
    <div className="space-y-5">
      <section aria-label="Kemajuan penilaian" className="grid gap-3 sm:grid-cols-2">
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">Kemajuan</p>
          <p className="mt-1 text-2xl font-bold text-brand-950">
            {`${progress.submitted} dari ${progress.total} terkirim`}
          </p>
          <ProgressBar className="mt-2" value={progress.submitted} max={progress.total} label="Lembar nilai terkirim" />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-sm text-slate-600">Batas akhir penilaian</p>
          <p className="mt-1 text-lg font-bold text-brand-950">
            {round.closesAt ? formatDeadlineWIB(round.closesAt) : "Belum ditetapkan"}
          </p>
          {round.opensAt ? (
            <p className="mt-1 text-sm text-slate-600">Dibuka {formatDeadlineWIB(round.opensAt)}</p>
          ) : null}
        </div>
      </section>

      {desk.closed && !desk.blocked ? (
        <Alert tone="warning">{desk.closed} Lembar nilai dapat dibaca, tetapi tidak dapat diubah.</Alert>
      ) : null}

      {desk.blocked ? (
        <EmptyState
          title="Belum ada usulan untuk dinilai"
          description={desk.blocked}
          action={
            <Link href="/juri" className="font-semibold text-brand-800 underline">
              Ke halaman Juri
            </Link>
          }
        />
      ) : desk.entries.length === 0 ? (
        <EmptyState
          title="Belum ada usulan yang ditugaskan"
          description="Sekretariat belum menugaskan usulan kepada Anda pada babak ini, atau penugasan Anda telah dialihkan. Usulan yang harus dinilai akan tampil di sini."
        />
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {desk.entries.map((e) => (
            <li key={e.proposalId}>
              <Link
                href={`/juri/babak/${round.id}/${e.proposalId}`}
                className="flex flex-col gap-2 p-4 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:justify-between"
              >
                <span className="min-w-0">
                  <span className="block font-semibold text-brand-950">{e.title}</span>
                  <span className="block text-sm text-slate-600">
                    {e.unitName}
                    {e.institutionName !== e.unitName ? ` · ${e.institutionName}` : ""}
                    {e.categoryName ? ` · ${e.categoryName}` : ""}
                  </span>
                </span>
                <span className="flex shrink-0 flex-wrap items-center gap-2 text-sm text-slate-700">
                  <SheetStateBadge state={e.sheet} />
                  {e.weightedTotal !== null ? <span>Nilai {formatTotal(e.weightedTotal)}</span> : null}
                  {e.updatedAt && e.sheet === "DRAFT" ? (
                    <span className="text-slate-500">disimpan {formatDateTimeWIB(e.updatedAt)}</span>
                  ) : null}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
