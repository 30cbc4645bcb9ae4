import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EDITION_STATUS_LABEL, type EditionStatus } from "@/lib/editions/schemas";

const TONE: Record<EditionStatus, BadgeTone> = {
  DRAFT: "neutral",
  OPEN: "success",
  JUDGING: "info",
  ANNOUNCED: "accent",
  ARCHIVED: "neutral",
};

export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  return (
    <Badge tone={TONE[status]} dot>
      {EDITION_STATUS_LABEL[status]}
    </Badge>
  );
}
