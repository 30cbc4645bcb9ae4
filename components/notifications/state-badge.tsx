import type { BadgeTone } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { NotificationState } from "@/lib/notifications/queries";

import { NOTIFICATION_STATE_LABEL } from "@/lib/notifications/labels";

export const STATE_LABEL = NOTIFICATION_STATE_LABEL;
const STATE_TONE: Record<NotificationState, BadgeTone> = { PENDING: "warning", SENT: "success", FAILED: "danger" };

export function StateBadge({ state }: { state: NotificationState }) {
  return <StatusBadge status={state} labels={STATE_LABEL} tones={STATE_TONE} />;
}
