import { SectionCard } from "@/components/ui/card";
import { Meta } from "@/components/ui/meta";
import { formatDateTimeWIB } from "@/lib/format/date";
import { formatTotal } from "@/lib/judging/weighted-total";
import { balanceGroupLabel } from "@/lib/ranking/advancement";
import type { RoundRankingView } from "@/lib/ranking/ranking-queries";
import { ADVANCE_RULE_LABEL } from "@/lib/ranking/schemas";
import { AdvancementForm } from "./advancement-form";
import { AdjustmentList } from "./advancement-preview";

// Who advances from a sealed round: the recorded decision (rule, balance rules, the entries a balance rule
// moved and why, who decided when) and, while the next round has not opened, the form to decide or change it.

function ruleText(a: NonNullable<RoundRankingView["advancement"]>) {
  if (a.rule === "TOP_N") return `${ADVANCE_RULE_LABEL.TOP_N}: N = ${a.topN}`;
  if (a.rule === "PASSING_GRADE") return `${ADVANCE_RULE_LABEL.PASSING_GRADE}: ${formatTotal(a.passingGrade ?? 0)}`;
  return ADVANCE_RULE_LABEL.HAND_PICKED;
}

export function AdvancementSection({ view }: { view: RoundRankingView }) {
  if (view.round.state !== "SEALED") return null;
  const a = view.advancement;
  const locked = view.nextRound && view.nextRound.state !== "DRAFT";
  return (
    <SectionCard
      id="kelolosan"
      title="Yang lolos ke babak berikutnya"
      description={
        view.nextRound
          ? `Usulan yang lolos menjadi peserta ${view.nextRound.name}.`
          : "Babak terakhir edisi ini: keputusan ini menandai usulan yang lolos."
      }
    >
      {a ? (
        <div className="mb-6 space-y-3">
          <dl className="grid gap-3 sm:grid-cols-3">
            <Meta label="Keputusan">{ruleText(a)}</Meta>
            <Meta label="Lolos">{a.advanced} usulan</Meta>
            <Meta label="Ditetapkan">
              {formatDateTimeWIB(a.decidedAt)} oleh {a.decidedBy}
            </Meta>
          </dl>
          {a.balance.length > 0 && (
            <p className="text-sm text-slate-700">
              Aturan keseimbangan:{" "}
              {a.balance
                .map(
                  (b) =>
                    `${balanceGroupLabel(b)}${b.min !== undefined ? ` paling sedikit ${b.min}` : ""}${b.max !== undefined ? ` paling banyak ${b.max}` : ""}`,
                )
                .join("; ")}
              .
            </p>
          )}
          {a.note && <p className="text-sm text-slate-700">Catatan: {a.note}</p>}
          <AdjustmentList adjustments={a.adjustments} />
        </div>
      ) : (
        <p className="mb-4 text-sm text-slate-700">Belum ada keputusan kelolosan untuk babak ini.</p>
      )}
      {locked ? (
        <p className="text-sm text-slate-700">
          {view.nextRound!.name} sudah dibuka; keputusan ini tidak dapat diubah lagi.
        </p>
      ) : view.candidates.length === 0 ? (
        <p className="text-sm text-slate-700">Tidak ada usulan berperingkat yang dapat diloloskan.</p>
      ) : (
        <>
          {a && <h3 className="mb-2 text-sm font-bold text-brand-950">Ubah keputusan</h3>}
          <AdvancementForm
            roundId={view.round.id}
            defaultTopN={view.cut}
            candidates={view.candidates}
            groups={view.groups}
          />
        </>
      )}
    </SectionCard>
  );
}
