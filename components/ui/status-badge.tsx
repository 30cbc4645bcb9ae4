import { Badge, type BadgeTone } from "./badge";

type StatusBadgeProps<S extends string> = {
  status: S;
  labels: Record<S, string>;
  tones: Record<S, BadgeTone>;
  className?: string;
};

/**
 * The one way a record's state is shown: the label carries the meaning, tone and dot reinforce it. Features
 * keep their own label and tone maps (proposal, edition, account, outbox message) and pass them here.
 */
export function StatusBadge<S extends string>({ status, labels, tones, className }: StatusBadgeProps<S>) {
  return (
    <Badge tone={tones[status]} dot className={className}>
      {labels[status]}
    </Badge>
  );
}
