import { PageHeader } from "@/components/layout/page-header";
import { formatDateTimeRangeWIB } from "@/lib/format/date";
import { ROUND_KIND_LABEL, type RoundKind, type RoundState } from "@/lib/judging/schemas";
import { RoundStateBadge } from "./round-state-badge";
import { RoundTabs, type RoundTabKey } from "./round-tabs";

type Round = {
  id: string;
  name: string;
  state: RoundState;
  kind: RoundKind;
  opensAt: Date | null;
  closesAt: Date | null;
  edition: { year: number };
};

/** The top of the round's settings and judges pages: name, state, kind, window, and the round's tabs. */
export function RoundHeader({ round, current }: { round: Round; current: RoundTabKey }) {
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
      <RoundTabs roundId={round.id} current={current} kind={round.kind} />
    </>
  );
}
