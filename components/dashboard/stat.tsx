import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type StatProps = {
  label: string;
  value: number | string;
  hint?: ReactNode;
  href?: string;
  tone?: "default" | "attention";
};

const numberFormat = new Intl.NumberFormat("id-ID");

/** One figure of a dashboard. With `href` the whole tile leads to the list behind the number. */
export function Stat({ label, value, hint, href, tone = "default" }: StatProps) {
  const body = (
    <>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-3xl font-extrabold tabular-nums tracking-tight text-brand-950">
        {typeof value === "number" ? numberFormat.format(value) : value}
      </dd>
      {hint && <dd className="mt-1 text-xs leading-relaxed text-slate-600">{hint}</dd>}
    </>
  );
  const className = cn(
    "block h-full rounded-xl border bg-white p-4 shadow-sm",
    tone === "attention" ? "border-gold-300 bg-gold-50" : "border-slate-200",
  );
  return (
    <div>
      {href ? (
        <Link href={href} className={cn(className, "transition-colors hover:border-brand-300 hover:bg-brand-50")}>
          <dl>{body}</dl>
        </Link>
      ) : (
        <dl className={className}>{body}</dl>
      )}
    </div>
  );
}

export function StatGrid({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("grid grid-cols-2 gap-3 md:grid-cols-3", className)}>{children}</div>;
}
