import { TableOrCards } from "@/components/ui/table";
import { formatTotal } from "@/lib/judging/weighted-total";
import type { ResultsAdminView } from "@/lib/results/results-queries";

type Line = ResultsAdminView["finalists"][number];

/** The lines of a version: rank, entry, final score and the formula that made it. */
export function ResultLines({ caption, lines }: { caption: string; lines: Line[] }) {
  return (
    <TableOrCards
      caption={caption}
      columns={[
        { label: "Peringkat", className: "w-24 px-4 py-3" },
        "Usulan",
        { label: "Nilai akhir", className: "px-4 py-3 text-right" },
        "Rumus",
      ]}
      tableClassName="w-full text-left text-sm"
      rows={lines.map((l) => (
        <tr key={l.proposalId}>
          <td className="px-4 py-3 font-bold tabular-nums">{l.rank}</td>
          <td className="px-4 py-3">
            <span className="font-semibold text-slate-900">{l.title}</span>
            <span className="block text-slate-600">{l.institution}</span>
            {l.excluded && <span className="block text-red-800">Dikeluarkan dari Top N: sanggahan diterima</span>}
          </td>
          <td className="px-4 py-3 text-right font-semibold tabular-nums">{formatTotal(l.score)}</td>
          <td className="px-4 py-3 text-slate-600">{l.formula}</td>
        </tr>
      ))}
      cards={lines.map((l) => (
        <li key={l.proposalId} className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <p className="font-semibold text-slate-900">
            {l.rank}. {l.title}
          </p>
          <p className="text-slate-600">{l.institution}</p>
          {l.excluded && <p className="text-red-800">Dikeluarkan dari Top N: sanggahan diterima</p>}
          <p className="mt-1 tabular-nums">
            Nilai akhir <strong>{formatTotal(l.score)}</strong> — {l.formula}
          </p>
        </li>
      ))}
    />
  );
}
