import { Badge } from "@/components/ui/badge";
import type { NotificationState } from "@/lib/notifications/queries";

export const STATE_LABEL: Record<NotificationState, string> = { PENDING: "Menunggu", SENT: "Terkirim", FAILED: "Gagal" };
const STATE_TONE = { PENDING: "warning", SENT: "success", FAILED: "danger" } as const;

export function StateBadge({ state }: { state: NotificationState }) {
  return (
    <Badge tone={STATE_TONE[state]} dot>
      {STATE_LABEL[state]}
    </Badge>
  );
}
