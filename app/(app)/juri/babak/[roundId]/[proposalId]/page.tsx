import type { Metadata } from "next";
import { DeclareEntryConflict } from "@/components/judging/declare-entry-conflict";
import { ScoreProposal } from "@/components/judging/score-proposal";
import { ScoreSheetForm } from "@/components/judging/score-sheet-form";
import { PageHeader } from "@/components/layout/page-header";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { getScoringSheet } from "@/lib/judging/score-queries";

export const metadata: Metadata = { title: "Lembar nilai" };

export default async function ScoringPage({ params }: { params: Promise<{ roundId: string; proposalId: string }> }) {
  const { roundId, proposalId } = await params;
  const actor = await requirePagePermission("score:write", `/juri/babak/${roundId}/${proposalId}`);
  const s = await loadOr404(() => getScoringSheet(actor, roundId, proposalId));
  return (
    <div>
      <PageHeader
        title={s.proposal.title}
        back={{ href: `/juri/babak/${roundId}`, label: s.round.name }}
        actions={s.readOnly ? null : <DeclareEntryConflict roundId={roundId} proposalId={proposalId} />}
        description={
          <span>
            {s.proposal.unitName} · KOVABLIK {s.round.editionYear}
            <a href="#lembar-nilai" className="ml-2 font-semibold text-brand-800 underline lg:hidden">
              Ke lembar nilai
            </a>
          </span>
        }
      />
      {/* Side by side from a landscape tablet up; stacked (proposal first) on narrower screens. */}
      <div className="grid items-start gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,24rem)] 2xl:grid-cols-[minmax(0,1fr)_28rem]">
        <ScoreProposal proposal={s.proposal} />
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
          <ScoreSheetForm
            key={`${s.sheet.state}-${s.sheet.version}`}
            roundId={roundId}
            proposalId={proposalId}
            criteria={s.criteria}
            sheet={s.sheet}
            readOnly={s.readOnly}
            closesAt={s.round.closesAt}
          />
        </div>
      </div>
    </div>
  );
}
