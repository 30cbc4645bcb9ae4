import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { key: "penugasan", label: "Penugasan" },
  { key: "konflik", label: "Konflik kepentingan" },
] as const;

/** The links between a round's assignment and conflict screens, and back to the round. */
export function RoundTabs({ roundId, current }: { roundId: string; current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Bagian babak" className="mb-6 flex flex-wrap gap-2">
      {TABS.map((t) => (
        <Link
          key={t.key}
          href={`/admin/penjurian/${roundId}/${t.key}`}
          aria-current={t.key === current ? "page" : undefined}
          className={cn(
            "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm font-semibold",
            t.key === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-900 hover:bg-brand-50",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
