import { Badge } from "@/components/ui/badge";
import { SHEET_STATE_LABEL, SHEET_STATE_TONE, type SheetState } from "@/lib/judging/sheet-state";

/** A score sheet's state; `judge` names whose sheet it is where a list shows several. */
export function SheetStateBadge({ state, judge }: { state: SheetState; judge?: string }) {
  return (
    <Badge tone={SHEET_STATE_TONE[state]}>
      {judge ? `${judge}: ` : null}
      {SHEET_STATE_LABEL[state]}
    </Badge>
  );
}
