import type { BadgeTone } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import type { NotificationState } from "@/lib/notifications/queries";

export const STATE_LABEL: Record<NotificationState, string> = { PENDING: "Menunggu", SENT: "Terkirim", FAILED: "Gagal" };
const STATE_TONE: Record<NotificationState, BadgeTone> = { PENDING: "warning", SENT: "success", FAILED: "danger" };

export function StateBadge({ state }: { state: NotificationState }) {
  return <StatusBadge status={state} labels={STATE_LABEL} tones={STATE_TONE} />;
}
