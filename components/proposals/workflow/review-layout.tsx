import type { ReactNode } from "react";
import type { ProposalReview } from "@/lib/proposals/workflow-queries";
import { LatestCheckNote } from "./latest-check-note";
import { ProposalAttachments, ProposalFacts, ProposalSections, StatusHistory } from "./proposal-view";

/**
 * The proposal as the admin lokal and the province read it, with the reader's own panel (`aside`: next steps,
 * quota, extension). On phones the panel comes first, then the proposal, then its history; on wide screens
 * the panel and the history share the right column.
 */
export function ReviewLayout({ p, aside }: { p: ProposalReview; aside: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr] lg:items-start">
      <div className="flex flex-col gap-6 lg:col-start-2 lg:row-start-1">{aside}</div>
      <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-span-2 lg:row-start-1">
        <LatestCheckNote p={p} />
        <ProposalFacts p={p} />
        <ProposalAttachments p={p} />
        <ProposalSections p={p} />
      </div>
      <div className="lg:col-start-2 lg:row-start-2">
        <StatusHistory p={p} />
      </div>
    </div>
  );
}
