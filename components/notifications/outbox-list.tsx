import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { formatShortDateWIB, formatTimeWIB, toDateTimeAttribute } from "@/lib/format/date";
import { NOTIFICATION_STATES, type OutboxFilters, type OutboxPage } from "@/lib/notifications/queries";
import { pageHref } from "@/lib/pagination";
import { STATE_LABEL, StateBadge } from "./state-badge";

function When({ at }: { at: Date }) {
  return (
    <time dateTime={toDateTimeAttribute(at)} className="whitespace-nowrap tabular-nums">
      {formatShortDateWIB(at)} {formatTimeWIB(at)}
    </time>
  );
}

/** Tabs by state, each with its count; the search term is kept when switching. */
export function OutboxStateTabs({ filters, counts }: { filters: OutboxFilters; counts: OutboxPage["counts"] }) {
  const all = counts.PENDING + counts.SENT + counts.FAILED;
  const tabs = [
    { state: undefined, label: "Semua", count: all },
    ...NOTIFICATION_STATES.map((s) => ({ state: s, label: STATE_LABEL[s], count: counts[s] })),
  ];
  return (
    <nav aria-label="Saring menurut status">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((t) => {
          const current = filters.state === t.state;
          return (
            <li key={t.label}>
              <Link
                href={pageHref("/admin/kotak-keluar", { state: t.state, q: filters.q }, 1)}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-10 items-center gap-2 rounded-full border px-4 text-sm font-semibold",
                  current
                    ? "border-brand-900 bg-brand-900 text-white"
                    : "border-slate-300 bg-white text-slate-700 hover:bg-brand-50",
                )}
              >
                {t.label}
                <span
                  className={cn("rounded-full px-2 text-xs tabular-nums", current ? "bg-white/20" : "bg-slate-100")}
                >
                  {t.count}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function OutboxList({ items }: { items: OutboxPage["items"] }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      {items.map((m) => (
        <li key={m.id}>
          <Link
            href={`/admin/kotak-keluar/${m.id}`}
            className="flex flex-col gap-1.5 px-4 py-3 hover:bg-slate-50 sm:flex-row sm:items-center sm:gap-4"
          >
            <div className="min-w-0 flex-1">
              <p className="truncate font-semibold text-brand-950">{m.subject}</p>
              <p className="truncate text-sm text-slate-600">
                Kepada <span className="font-medium text-slate-800">{m.recipientEmail}</span>
              </p>
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 sm:flex-col sm:items-end">
              <StateBadge state={m.state} />
              <span>
                <When at={m.state === "SENT" && m.sentAt ? m.sentAt : m.createdAt} />
                {m.attempts > 0 && ` · ${m.attempts}× dicoba`}
              </span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
