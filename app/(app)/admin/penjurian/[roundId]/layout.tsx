import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { RoundStateBadge } from "@/components/judging/round-state-badge";
import { RoundTabs } from "@/components/judging/round-tabs";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { formatDateTimeRangeWIB } from "@/lib/format/date";
import { getRoundHeader } from "@/lib/judging/rounds-queries";
import { ROUND_KIND_LABEL } from "@/lib/judging/schemas";

export default async function RoundLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ roundId: string }>;
}) {
  const { roundId } = await params;
  await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}`);
  const round = await loadOr404(() => getRoundHeader(roundId));
  return (
    <>
      <PageHeader
        back={{ href: `/admin/penjurian?edisi=${round.edition.year}`, label: `Babak edisi ${round.edition.year}` }}
        title={round.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RoundStateBadge state={round.state} />
            <span>{ROUND_KIND_LABEL[round.kind]}</span>
            <span aria-hidden="true">·</span>
            <span>{formatDateTimeRangeWIB(round.opensAt, round.closesAt)}</span>
          </span>
        }
        className="mb-0 border-b-0 pb-4"
      />
      <RoundTabs roundId={round.id} />
      {children}
    </>
  );
}
