import { cn } from "./cn";

// Tailwind needs whole class names, and the CSP forbids inline styles: the bar moves in tenths.
const WIDTH = [
  "w-0",
  "w-1/10",
  "w-2/10",
  "w-3/10",
  "w-4/10",
  "w-5/10",
  "w-6/10",
  "w-7/10",
  "w-8/10",
  "w-9/10",
  "w-full",
];

/** How much of `max` is done, e.g. submitted score sheets; announced as a progress bar with its numbers. */
export function ProgressBar({
  value,
  max,
  label,
  className,
}: {
  value: number;
  max: number;
  label: string;
  className?: string;
}) {
  const tenths = max > 0 ? Math.round((Math.min(value, max) / max) * 10) : 0;
  return (
    <div
      className={cn("h-2 overflow-hidden rounded-full bg-slate-200", className)}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
    >
      <div className={cn("h-full rounded-full bg-emerald-600", WIDTH[tenths])} />
    </div>
  );
}
