import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STATUS_LABEL, type ProposalStatus } from "@/lib/proposals/lifecycle";

const TONE: Record<ProposalStatus, BadgeTone> = {
  DRAFT: "neutral",
  WITH_UNIT_ADMIN: "info",
  RETURNED_TO_UNIT: "warning",
  SUBMITTED: "brand",
  PASSED: "success",
  FAILED: "danger",
  RETURNED_FOR_CORRECTION: "warning",
  RESUBMITTED: "brand",
  WITHDRAWN: "neutral",
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <Badge tone={TONE[status]} dot>
      {STATUS_LABEL[status]}
    </Badge>
  );
}
