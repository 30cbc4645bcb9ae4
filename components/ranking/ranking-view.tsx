import { Alert } from "@/components/ui/alert";
import { SectionCard } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { TableHead } from "@/components/ui/table";
import { formatTotal } from "@/lib/judging/weighted-total";
import { RANKING_PAGE_SIZE, STATE_LABEL, type RoundRankingView } from "@/lib/ranking/ranking-queries";
import { AdvancementSection } from "./advancement-section";
import { DivergenceSection, RankingSettingsSection, SealingSection } from "./round-closing";

// A round's ranking and its close, as the secretariat runs it: the method and why, the entries whose judges
// diverge (with their consolidation notes and forms), sealing, who advances, the ranking itself with raw and
// normalised scores, coverage, the tie-break and the distance to the cut, the judges' statistics and the
// ranking settings. Files to download at the top.

const n = (v: number | null) => (v === null ? "—" : formatTotal(v));

export function RankingView({ view }: { view: RoundRankingView }) {
  const base = `/admin/penjurian/${view.round.id}`;
  const api = `/api/admin/penjurian/${view.round.id}`;
  return (
    <div className="space-y-6">
      <p className="flex flex-wrap gap-3 text-sm">
        <a className="font-semibold text-brand-700 underline" href={`${api}/peringkat?format=xlsx`}>
          Unduh peringkat (Excel)
        </a>
        <a className="font-semibold text-brand-700 underline" href={`${api}/peringkat?format=csv`}>
          Unduh peringkat (CSV)
        </a>
        {view.round.state === "SEALED" && (
          <a className="font-semibold text-brand-700 underline" href={`${api}/berita-acara`}>
            Berita acara (PDF)
          </a>
        )}
      </p>
      {view.warning ? (
        <Alert tone="warning">Normalisasi diminta tetapi tidak dipakai: {view.warning}</Alert>
      ) : (
        <Alert tone="info">
          {view.method === "Z_SCORE"
            ? `Nilai dinormalisasi per juri (skor-z, dikembalikan ke skala 0–100); setiap juri sekurang-kurangnya ${view.round.minSheetsPerJudge} lembar.`
            : "Nilai mentah: rata-rata lembar nilai terkirim setiap usulan (babak ini tidak memakai normalisasi)."}{" "}
          Seri ditentukan oleh nilai kriteria berbobot terbesar, lalu kriteria berikutnya, lalu pengiriman lebih awal.
        </Alert>
      )}
      <DivergenceSection view={view} />
      <SealingSection view={view} />
      <AdvancementSection view={view} />
      <SectionCard
        id="peringkat"
        title="Peringkat"
        description={`${view.scored} dari ${view.total} usulan sudah memiliki nilai.${view.cut ? ` Batas lolos: ${view.cut} besar.` : ""}`}
      >
        {view.total === 0 ? (
          <p className="text-sm text-slate-600">Belum ada usulan di babak ini.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Peringkat babak</caption>
              <TableHead
                columns={["#", "Usulan", "Mentah", "Normalisasi", "Lembar", "Jarak ke batas", "Status"]}
                cell="px-3 py-2"
              />
              <tbody className="divide-y divide-slate-100">
                {view.rows.map((r) => (
                  <tr key={r.proposalId}>
                    <td className="px-3 py-2 font-semibold">{r.rank ?? "—"}</td>
                    <td className="px-3 py-2">
                      <a className="font-semibold text-brand-700 underline" href={`${base}/peringkat/${r.proposalId}`}>
                        {r.title}
                      </a>
                      <span className="block text-xs text-slate-600">{r.institutionName}</span>
                      {r.tieBreak && <span className="block text-xs text-slate-600">Seri: {r.tieBreak}</span>}
                    </td>
                    <td className="px-3 py-2">{n(r.raw)}</td>
                    <td className="px-3 py-2">{n(r.normalised)}</td>
                    <td className="px-3 py-2">
                      {r.sheets} dari {r.assigned}
                    </td>
                    <td className="px-3 py-2">{n(r.distanceToCut)}</td>
                    <td className="px-3 py-2">{STATE_LABEL[r.state]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={view.page}
          pageCount={view.pageCount}
          total={view.total}
          pageSize={RANKING_PAGE_SIZE}
          basePath={`${base}/peringkat`}
        />
      </SectionCard>
      <SectionCard id="juri" title="Statistik juri" description="Selisih negatif: juri lebih ketat daripada panel.">
        {view.judges.length === 0 ? (
          <p className="text-sm text-slate-600">Belum ada lembar nilai terkirim.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <TableHead columns={["Juri", "Lembar", "Rata-rata", "Sebaran", "Selisih terhadap panel"]} />
              <tbody className="divide-y divide-slate-100">
                {view.judges.map((j) => (
                  <tr key={j.judgeId}>
                    <td className="px-4 py-2">{j.name}</td>
                    <td className="px-4 py-2">{j.sheets}</td>
                    <td className="px-4 py-2">{n(j.mean)}</td>
                    <td className="px-4 py-2">{n(j.spread)}</td>
                    <td className="px-4 py-2">{n(j.harshness)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </SectionCard>

      <RankingSettingsSection view={view} />
    </div>
  );
}
