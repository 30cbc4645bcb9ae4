import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { JudgeDashboard as JudgeData } from "@/lib/dashboard/queries";
import { formatDateTimeRangeWIB } from "@/lib/format/date";
import { DashboardSection } from "./dashboard-section";

const ROUND_STATE = {
  DRAFT: { label: "Belum dibuka", tone: "neutral" },
  OPEN: { label: "Berlangsung", tone: "success" },
  CLOSED: { label: "Ditutup", tone: "warning" },
  SEALED: { label: "Final", tone: "brand" },
} as const;

export function JudgeDashboard({ data }: { data: JudgeData }) {
  return (
    <DashboardSection
      id="dasbor-juri"
      title="Dasbor Juri"
      description="Babak penilaian tempat Anda diangkat sebagai juri, dengan jumlah usulan yang ditugaskan kepada Anda."
    >
      {data.appointments.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title="Belum ada penugasan penilaian"
          description="Sekretariat belum mengangkat Anda sebagai juri pada babak mana pun. Penugasan dan usulan yang harus dinilai akan tampil di sini."
        />
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {data.appointments.map((a) => (
            <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/juri/${a.roundId}`} className="font-bold text-brand-800 hover:underline">
                  {a.roundName}
                </Link>
                <Badge tone={ROUND_STATE[a.state].tone}>{ROUND_STATE[a.state].label}</Badge>
              </div>
              <p className="mt-1 text-sm text-slate-600">KOVABLIK {a.editionYear}</p>
              <p className="mt-2 text-sm text-slate-700">{formatDateTimeRangeWIB(a.opensAt, a.closesAt)}</p>
              <p className="mt-2 text-sm text-slate-700">
                {a.assignments === 0 ? "Belum ada usulan yang ditugaskan." : `${a.assignments} usulan ditugaskan.`}
                {!a.declarationSigned && " Pernyataan bebas konflik kepentingan belum ditandatangani."}
              </p>
              {a.declarationSigned && a.state !== "DRAFT" && a.assignments > 0 ? (
                <Link
                  href={`/juri/babak/${a.roundId}`}
                  className="mt-3 inline-block text-sm font-semibold text-brand-800 underline"
                >
                  Buka meja penilaian
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
