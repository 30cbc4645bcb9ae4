import Link from "next/link";
import { SectionCard } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { TableOrCards } from "@/components/ui/table";
import { formatTotal } from "@/lib/judging/weighted-total";
import { FINAL_RANKING_PAGE_SIZE, type FinalRankingView } from "@/lib/ranking/final-ranking";

// The edition's combined final ranking: the rounds' shares, each entry's combined score with its formula and,
// per round, the raw and normalised score, the rank and the tie-break, with a link to "why this rank" in that
// round. A table on wide screens, cards on phones.

type Row = FinalRankingView["rows"][number];
type Part = Row["parts"][number];
const n = (v: number | null) => (v === null ? "—" : formatTotal(v));

function PartLine({ p, proposalId }: { p: Part; proposalId: string }) {
  return (
    <span className="block">
      <Link
        className="font-semibold text-brand-700 underline"
        href={`/admin/penjurian/${p.roundId}/peringkat/${proposalId}`}
      >
        {p.name}
      </Link>
      : peringkat {p.rank ?? "—"}, mentah {n(p.raw)}, ternormalisasi {n(p.normalised)}
      {p.tieBreak && <span className="block text-xs text-slate-600">Seri: {p.tieBreak}</span>}
    </span>
  );
}

export function FinalRankingTable({ view }: { view: FinalRankingView }) {
  const year = view.edition?.year;
  const api = `/api/admin/peringkat?edisi=${year}`;
  return (
    <div className="space-y-6">
      {view.editions.length > 1 && (
        <nav aria-label="Edisi" className="flex flex-wrap gap-2 text-sm">
          {view.editions.map((y) => (
            <Link
              key={y}
              href={`/admin/peringkat?edisi=${y}`}
              aria-current={y === year ? "page" : undefined}
              className={
                y === year
                  ? "rounded-lg bg-brand-700 px-3 py-1.5 font-semibold text-white"
                  : "rounded-lg border border-slate-300 px-3 py-1.5 font-semibold text-brand-900 hover:bg-brand-50"
              }
            >
              {y}
            </Link>
          ))}
        </nav>
      )}
      {!view.edition || view.total === 0 ? (
        <EmptyState
          title="Belum ada peringkat akhir"
          description="Peringkat akhir muncul setelah babak penjurian edisi ini dibuka dan juri mengirim lembar nilai."
        />
      ) : (
        <>
          <p className="flex flex-wrap gap-3 text-sm">
            <a className="font-semibold text-brand-700 underline" href={`${api}&format=xlsx`}>
              Unduh peringkat akhir (Excel)
            </a>
            <a className="font-semibold text-brand-700 underline" href={`${api}&format=csv`}>
              Unduh peringkat akhir (CSV)
            </a>
          </p>
          <SectionCard
            id="aturan"
            title="Cara menghitung"
            description="Usulan yang mencapai babak lebih lanjut selalu di atas usulan yang berhenti lebih awal; di antara yang sama, nilai gabungan yang lebih tinggi di atas. Nilai gabungan adalah rata-rata berbobot nilai setiap babak yang dinilai (ternormalisasi bila babak itu memakai normalisasi)."
          >
            <ul className="flex flex-wrap gap-2 text-sm">
              {view.rounds.map((r) => (
                <li key={r.id} className="rounded-lg border border-slate-200 px-3 py-1.5">
                  <Link className="font-semibold text-brand-700 underline" href={`/admin/penjurian/${r.id}/peringkat`}>
                    {r.name}
                  </Link>{" "}
                  — bobot {formatTotal(r.share)} %{r.sealed ? " · disegel" : " · belum disegel"}
                </li>
              ))}
            </ul>
          </SectionCard>
          <TableOrCards
            caption={`Peringkat akhir edisi ${year}`}
            columns={["#", "Usulan", "Nilai gabungan", "Per babak"]}
            tableClassName="min-w-full text-sm"
            rows={view.rows.map((r) => (
              <tr key={r.proposalId} className="align-top">
                <td className="px-4 py-3 font-semibold">{r.rank}</td>
                <td className="px-4 py-3">
                  <span className="font-semibold">{r.title}</span>
                  <span className="block text-xs text-slate-600">{r.institutionName}</span>
                </td>
                <td className="px-4 py-3">
                  <strong>{formatTotal(r.combined)}</strong>
                  <span className="block text-xs text-slate-600">{r.formula}</span>
                </td>
                <td className="space-y-1 px-4 py-3">
                  {r.parts.map((p) => (
                    <PartLine key={p.roundId} p={p} proposalId={r.proposalId} />
                  ))}
                </td>
              </tr>
            ))}
            cards={view.rows.map((r) => (
              <li key={r.proposalId} className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
                <p className="font-semibold break-words">
                  #{r.rank} {r.title}
                </p>
                <p className="text-xs text-slate-600">{r.institutionName}</p>
                <p className="mt-2">
                  Nilai gabungan <strong>{formatTotal(r.combined)}</strong>
                  <span className="block text-xs break-words text-slate-600">{r.formula}</span>
                </p>
                <div className="mt-2 space-y-1">
                  {r.parts.map((p) => (
                    <PartLine key={p.roundId} p={p} proposalId={r.proposalId} />
                  ))}
                </div>
              </li>
            ))}
          />
          <Pagination
            page={view.page}
            pageCount={view.pageCount}
            total={view.total}
            pageSize={FINAL_RANKING_PAGE_SIZE}
            basePath="/admin/peringkat"
            params={{ edisi: String(year) }}
          />
        </>
      )}
    </div>
  );
}
