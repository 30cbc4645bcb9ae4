import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { RankExplanation } from "@/components/ranking/rank-explanation";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { entryExplanation } from "@/lib/ranking/explanation";

export const metadata: Metadata = { title: "Mengapa peringkat ini" };

export default async function RankExplanationPage({
  params,
}: {
  params: Promise<{ roundId: string; proposalId: string }>;
}) {
  const { roundId, proposalId } = await params;
  const actor = await requirePagePermission("ranking:manage", `/admin/penjurian/${roundId}/peringkat/${proposalId}`);
  const why = await loadOr404(() => entryExplanation(actor, roundId, proposalId));
  return (
    <>
      <PageHeader
        back={{ href: `/admin/penjurian/${roundId}/peringkat`, label: `Peringkat ${why.round.name}` }}
        title={why.proposal.title}
        description={`${why.proposal.unit.name} · ${why.round.name}`}
      />
      <RankExplanation why={why} />
    </>
  );
}
