import type { BadgeTone } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { EDITION_STATUS_LABEL, type EditionStatus } from "@/lib/editions/schemas";

const TONE: Record<EditionStatus, BadgeTone> = {
  DRAFT: "neutral",
  OPEN: "success",
  JUDGING: "info",
  ANNOUNCED: "accent",
  ARCHIVED: "neutral",
};

export function EditionStatusBadge({ status }: { status: EditionStatus }) {
  return <StatusBadge status={status} labels={EDITION_STATUS_LABEL} tones={TONE} />;
}
