import type { Metadata } from "next";
import { RoundHeader } from "@/components/judging/round-header";
import { RankingView } from "@/components/ranking/ranking-view";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { getRoundHeader } from "@/lib/judging/rounds-queries";
import { roundRankingView } from "@/lib/ranking/ranking-queries";

export const metadata: Metadata = { title: "Peringkat babak" };

export default async function RoundRankingPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { roundId } = await params;
  const actor = await requirePagePermission("ranking:manage", `/admin/penjurian/${roundId}/peringkat`);
  const round = await loadOr404(() => getRoundHeader(roundId));
  // pageSlice clamps any page number (or none) into range.
  const page = Number((await searchParams).page ?? 1);
  const view = await loadOr404(() => roundRankingView(actor, roundId, page));
  return (
    <>
      <RoundHeader round={round} current="peringkat" />
      <RankingView view={view} />
    </>
  );
}
