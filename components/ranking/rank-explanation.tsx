import { Alert } from "@/components/ui/alert";
import { SectionCard } from "@/components/ui/card";
import { formatDateTimeWIB } from "@/lib/format/date";
import { formatTotal } from "@/lib/judging/weighted-total";
import type { EntryExplanation } from "@/lib/ranking/explanation";
import { CONSOLIDATION_LABEL } from "@/lib/ranking/schemas";
import { ScoreCorrectionForm } from "./score-correction-form";

// "Why this rank": the rank and its neighbours, each judge's sheet raw and normalised with its criteria and
// corrections (who, when, why), the consolidation note, and the round's share in the final score; once
// judging has closed, the admin's form to correct one score with a reason.

const n = (v: number | null) => (v === null ? "—" : formatTotal(v));

export function RankExplanation({ why }: { why: EntryExplanation }) {
  const e = why.entry;
  // An admin corrects a score once judging has closed (before or after sealing), always with a reason.
  const correctable = why.round.state === "CLOSED" || why.round.state === "SEALED";
  return (
    <div className="space-y-6">
      <SectionCard id="ringkasan" title={e.rank === null ? "Belum berperingkat" : `Peringkat ${e.rank}`}>
        <ul className="space-y-1 text-sm">
          <li>
            Nilai yang dipakai: <strong>{n(e.score)}</strong> ({why.method === "Z_SCORE" ? "ternormalisasi" : "mentah"}
            ); mentah {n(e.raw)}, ternormalisasi {n(e.normalised)}; {e.sheets} dari {e.assigned} lembar terkirim.
          </li>
          {why.warning && <li>Normalisasi tidak dipakai: {why.warning}</li>}
          {why.above && (
            <li>
              Di atasnya: peringkat {why.above.rank} dengan nilai {n(why.above.score)} (selisih{" "}
              {n(why.above.score - (e.score ?? 0))}).
            </li>
          )}
          {why.below && (
            <li>
              Di bawahnya: peringkat {why.below.rank} dengan nilai {n(why.below.score)} (selisih{" "}
              {n((e.score ?? 0) - why.below.score)}).
            </li>
          )}
          {e.tieBreak && <li>Penentu seri: {e.tieBreak}.</li>}
          {why.cut !== null && (
            <li>
              Jarak ke batas lolos ({why.cut} besar): {n(e.distanceToCut)} poin.
            </li>
          )}
          <li>
            Bobot babak dalam nilai akhir:{" "}
            {why.shares.map((s) => `${s.name} ${formatTotal(s.share)} %${s.current ? " (babak ini)" : ""}`).join(", ")}.
          </li>
        </ul>
      </SectionCard>
      {why.divergence !== null && (
        <Alert tone={why.consolidation ? "info" : "warning"}>
          Nilai para juri berselisih {n(why.divergence)} poin.{" "}
          {why.consolidation
            ? `${CONSOLIDATION_LABEL[why.consolidation.outcome]}: ${why.consolidation.note}`
            : "Belum ada catatan konsolidasi."}
        </Alert>
      )}
      {why.sheets.map((s) => (
        <SectionCard
          key={s.sheetId ?? s.judgeName}
          id={`lembar-${s.sheetId ?? s.judgeName}`}
          title={s.judgeName}
          description={
            s.submitted
              ? `Total ${n(s.total)}${s.normalised !== null ? `, ternormalisasi ${n(s.normalised)}` : ""}${s.harshness !== null ? `; juri ini rata-rata ${n(s.harshness)} poin dari panel` : ""}.`
              : "Lembar nilai belum terkirim; tidak dihitung."
          }
        >
          <ul className="divide-y divide-slate-100 text-sm">
            {s.scores.map((c) => (
              <li key={c.criterionId} className="py-1.5">
                <strong>{c.name}</strong> (bobot {formatTotal(c.weight)} %, skala {c.scale}): {c.value ?? "—"}
                {c.comment && <span className="block text-slate-600">{c.comment}</span>}
              </li>
            ))}
          </ul>
          {s.changes.length > 0 && (
            <div className="mt-3">
              <h3 className="text-sm font-semibold text-slate-800">Riwayat perubahan nilai</h3>
              <ul className="mt-1 space-y-1 text-sm text-slate-700">
                {s.changes.map((ch, i) => (
                  <li key={i} className="rounded-lg bg-slate-50 p-2">
                    {formatDateTimeWIB(ch.at)} oleh <strong>{ch.by}</strong>: {ch.criterion} {ch.oldValue ?? "—"} →{" "}
                    {ch.newValue}. Alasan: {ch.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {correctable && s.submitted && s.sheetId && (
            <ScoreCorrectionForm
              roundId={why.round.id}
              sheetId={s.sheetId}
              judgeName={s.judgeName}
              sealed={why.round.state === "SEALED"}
              criteria={s.scores}
            />
          )}
        </SectionCard>
      ))}
    </div>
  );
}
