import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTimeRangeWIB } from "@/lib/format/date";
import { ROUND_KIND_LABEL } from "@/lib/judging/schemas";
import type { listOwnAppointments } from "@/lib/judging/declarations";
import { RoundStateBadge } from "./round-state-badge";

type Row = Awaited<ReturnType<typeof listOwnAppointments>>[number];

/** The judge's landing: every round they were appointed to, what waits for them in each. */
export function OwnRoundsList({ rows }: { rows: Row[] }) {
  if (rows.length === 0) {
    return (
      <EmptyState
        title="Belum ada penunjukan"
        description="Sekretariat belum menunjuk Anda sebagai juri pada babak mana pun. Anda akan menerima email ketika ditunjuk."
      />
    );
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {rows.map((a) => (
        <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/juri/${a.round.id}`} className="font-bold text-brand-800 hover:underline">
              {a.round.name}
            </Link>
            <RoundStateBadge state={a.round.state} />
          </p>
          <p className="mt-1 text-sm text-slate-600">
            KOVABLIK {a.round.edition.year} · {ROUND_KIND_LABEL[a.round.kind]}
          </p>
          <p className="mt-2 text-sm text-slate-700">{formatDateTimeRangeWIB(a.round.opensAt, a.round.closesAt)}</p>
          <p className="mt-2 text-sm font-semibold text-slate-800">
            {a.declarationSignedAt
              ? a.assigned === 0
                ? "Belum ada usulan yang ditugaskan."
                : `${a.assigned} usulan ditugaskan.`
              : "Tanda tangani pernyataan bebas konflik kepentingan untuk melihat usulan."}
          </p>
        </li>
      ))}
    </ul>
  );
}
