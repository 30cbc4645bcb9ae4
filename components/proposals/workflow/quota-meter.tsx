import { cn } from "@/components/ui/cn";

/** "3 dari 10 kuota terpakai", with a bar. */
export function QuotaMeter({
  quota,
  className,
}: {
  quota: { max: number; used: number; remaining: number };
  className?: string;
}) {
  const pct = quota.max > 0 ? Math.min(100, Math.round((quota.used / quota.max) * 100)) : 100;
  const full = quota.remaining <= 0;
  return (
    <div className={cn("w-full max-w-xs", className)}>
      <p className="text-sm text-slate-700">
        <strong className="text-brand-950">
          {quota.used} dari {quota.max}
        </strong>{" "}
        kuota terpakai
        {full ? (
          <span className="font-semibold text-red-700"> · habis</span>
        ) : (
          <span className="text-slate-500"> · sisa {quota.remaining}</span>
        )}
      </p>
      <div
        className="mt-1.5 h-2 overflow-hidden rounded-full bg-slate-200"
        role="meter"
        aria-label="Kuota terpakai"
        aria-valuemin={0}
        aria-valuemax={quota.max}
        aria-valuenow={quota.used}
      >
        {/* An SVG width, not a style attribute: the Content-Security-Policy allows no inline styles. */}
        <svg viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" className="block h-full w-full">
          <rect width={pct} height="1" className={full ? "fill-red-600" : "fill-brand-600"} />
        </svg>
      </div>
    </div>
  );
}
