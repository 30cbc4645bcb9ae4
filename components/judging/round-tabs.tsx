import Link from "next/link";
import { cn } from "@/components/ui/cn";
import type { RoundKind } from "@/lib/judging/schemas";

// One row of links between a round's screens: its settings and rubric, its judges, conflicts, assignment and
// progress. Each screen passes which one it is.
const TABS = [
  { key: "pengaturan", path: "", label: "Pengaturan & rubrik" },
  { key: "juri", path: "/juri", label: "Juri" },
  { key: "konflik", path: "/konflik", label: "Konflik kepentingan" },
  { key: "penugasan", path: "/penugasan", label: "Penugasan" },
  { key: "progres", path: "/progres", label: "Progres" },
  { key: "jadwal", path: "/jadwal", label: "Jadwal" },
  { key: "peringkat", path: "/peringkat", label: "Peringkat" },
] as const;

export type RoundTabKey = (typeof TABS)[number]["key"];

/** The schedule tab (lib/schedules) shows only where the round's kind has one and the screen knows the kind. */
export function RoundTabs({ roundId, current, kind }: { roundId: string; current: RoundTabKey; kind?: RoundKind }) {
  const tabs = TABS.filter((t) => t.key !== "jadwal" || (kind !== undefined && kind !== "DESK_EVALUATION"));
  return (
    <nav aria-label="Bagian babak" className="mb-6 flex flex-wrap gap-2">
      {tabs.map((t) => (
        <Link
          key={t.key}
          href={`/admin/penjurian/${roundId}${t.path}`}
          aria-current={t.key === current ? "page" : undefined}
          className={cn(
            "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm font-semibold",
            t.key === current
              ? "border-brand-700 bg-brand-700 text-white"
              : "border-slate-300 bg-white text-brand-900 hover:bg-brand-50",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
