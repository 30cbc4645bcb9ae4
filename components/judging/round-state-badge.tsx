import { StatusBadge } from "@/components/ui/status-badge";
import { ROUND_STATE_LABEL, ROUND_STATE_TONE, type RoundState } from "@/lib/judging/schemas";

export function RoundStateBadge({ state }: { state: RoundState }) {
  return <StatusBadge status={state} labels={ROUND_STATE_LABEL} tones={ROUND_STATE_TONE} />;
}
