import type { BadgeTone } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { STATUS_LABEL, type ProposalStatus } from "@/lib/proposals/lifecycle";

export const STATUS_TONE: Record<ProposalStatus, BadgeTone> = {
  DRAFT: "neutral",
  WITH_UNIT_ADMIN: "info",
  RETURNED_TO_UNIT: "warning",
  SUBMITTED: "brand",
  RESUBMITTED: "brand",
  RETURNED_FOR_CORRECTION: "warning",
  PASSED: "success",
  FAILED: "danger",
  WITHDRAWN: "neutral",
};

export function ProposalStatusBadge({ status, className }: { status: ProposalStatus; className?: string }) {
  return <StatusBadge status={status} labels={STATUS_LABEL} tones={STATUS_TONE} className={className} />;
}
