import { SectionCard } from "@/components/ui/card";
import { Meta } from "@/components/ui/meta";
import { formatDateTimeWIB } from "@/lib/format/date";
import { formatTotal } from "@/lib/judging/weighted-total";
import type { RoundRankingView } from "@/lib/ranking/ranking-queries";
import { CONSOLIDATION_LABEL } from "@/lib/ranking/schemas";
import { ConsolidationForm } from "./consolidation-form";
import { RankingSettingsForm } from "./ranking-settings-form";
import { SealRoundButton } from "./seal-round-button";

// Closing a round on its ranking page: the ranking settings while they may change, the entries whose judges
// diverge with their consolidation notes (and the form while the round is closed), and sealing — the
// confirmation listing what still blocks it, then who sealed when, the fingerprint and the minutes.

export function RankingSettingsSection({ view }: { view: RoundRankingView }) {
  if (view.round.state === "SEALED") return null;
  return (
    <SectionCard
      id="pengaturan-peringkat"
      title="Pengaturan peringkat"
      description="Berlaku sampai babak disegel; peringkat di bawah dihitung ulang setelah disimpan."
    >
      <RankingSettingsForm
        roundId={view.round.id}
        state={view.round.state}
        normalisation={view.asked}
        initial={{
          divergenceThreshold: view.round.divergenceThreshold,
          minSheetsPerJudge: view.round.minSheetsPerJudge,
        }}
      />
    </SectionCard>
  );
}

export function DivergenceSection({ view }: { view: RoundRankingView }) {
  const base = `/admin/penjurian/${view.round.id}/peringkat`;
  const canNote = view.round.state === "CLOSED";
  const missing = view.divergent.filter((d) => !d.consolidation).length;
  return (
    <SectionCard
      id="selisih"
      title="Nilai juri yang berselisih"
      description={`Usulan dengan selisih nilai antarjuri lebih dari ${formatTotal(view.round.divergenceThreshold)} poin perlu catatan konsolidasi sebelum babak disegel.${view.divergent.length ? ` ${view.divergent.length - missing} dari ${view.divergent.length} sudah diberi catatan.` : ""}`}
    >
      {view.divergent.length === 0 ? (
        <p className="text-sm text-slate-600">Tidak ada usulan dengan selisih di atas ambang.</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {view.divergent.map((d) => (
            <li key={d.entryId} className="py-3">
              <p>
                <a className="font-semibold text-brand-700 underline" href={`${base}/${d.entryId}`}>
                  {d.title}
                </a>{" "}
                — selisih {formatTotal(d.spread)} poin.
              </p>
              {d.consolidation ? (
                <p className="mt-1 rounded-lg bg-slate-50 p-2 text-slate-700">
                  <strong>{CONSOLIDATION_LABEL[d.consolidation.outcome]}</strong> (
                  {formatDateTimeWIB(d.consolidation.createdAt)}): {d.consolidation.note}
                </p>
              ) : (
                <p className="mt-1 font-medium text-gold-900">Belum ada catatan konsolidasi.</p>
              )}
              {canNote && (
                <ConsolidationForm
                  roundId={view.round.id}
                  proposalId={d.entryId}
                  title={d.title}
                  initial={d.consolidation && { outcome: d.consolidation.outcome, note: d.consolidation.note }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {!canNote && view.round.state !== "SEALED" && view.divergent.length > 0 && (
        <p className="mt-2 text-sm text-slate-600">Catatan konsolidasi ditulis setelah babak ditutup.</p>
      )}
    </SectionCard>
  );
}

export function SealingSection({ view }: { view: RoundRankingView }) {
  const r = view.round;
  if (r.state === "SEALED")
    return (
      <SectionCard
        id="segel"
        title="Babak disegel"
        description="Nilai terkunci; koreksi hanya oleh admin dengan alasan."
      >
        <dl className="grid gap-3 sm:grid-cols-2">
          <Meta label="Disegel">{r.sealedAt ? formatDateTimeWIB(r.sealedAt) : "—"}</Meta>
          <Meta label="Oleh">{view.sealedBy ?? "—"}</Meta>
          <div className="sm:col-span-2">
            <Meta label="Sidik nilai (SHA-256)">
              <code className="break-all font-mono text-xs">{r.scoresFingerprint ?? "—"}</code>
            </Meta>
          </div>
        </dl>
        <p className="mt-3 text-sm">
          <a
            className="font-semibold text-brand-700 underline"
            href={`/api/admin/penjurian/${r.id}/berita-acara`}
            target="_blank"
            rel="noopener"
          >
            Unduh berita acara (PDF)
          </a>
        </p>
      </SectionCard>
    );
  return (
    <SectionCard
      id="segel"
      title="Tutup & segel babak"
      description="Penyegelan mengunci nilai dan mencatat sidiknya; setelah itu yang lolos dapat ditetapkan."
    >
      {r.state === "CLOSED" ? (
        <SealRoundButton roundId={r.id} name={r.name} problems={view.sealingProblems} />
      ) : (
        <p className="text-sm text-slate-700">{view.sealingProblems.join(" ")}</p>
      )}
    </SectionCard>
  );
}
