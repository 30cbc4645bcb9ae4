import { cn } from "@/components/ui/cn";
import { shadeLegend, type CartogramCell } from "@/lib/statistics/cartogram";

// Literal class names, so Tailwind finds them: a cell's place in the 10 × 5 grid.
const COL = [
  "col-start-1",
  "col-start-2",
  "col-start-3",
  "col-start-4",
  "col-start-5",
  "col-start-6",
  "col-start-7",
  "col-start-8",
  "col-start-9",
  "col-start-10",
];
const ROW = ["row-start-1", "row-start-2", "row-start-3", "row-start-4", "row-start-5"];
const SHADE = [
  "bg-slate-100 text-slate-600",
  "bg-brand-100 text-brand-950",
  "bg-brand-300 text-brand-950",
  "bg-brand-600 text-white",
  "bg-brand-900 text-white",
];

/** The 38 kabupaten/kota as equal tiles, shaded by count; a kota's tile has a gold frame. */
export function RegionCartogram({ cells, max }: { cells: CartogramCell[]; max: number }) {
  const legend = shadeLegend(max);
  return (
    <div>
      <ul className="grid grid-cols-10 gap-0.5 sm:gap-1" aria-label="Peta petak kabupaten/kota Jawa Timur">
        {cells.map((c) => (
          <li
            key={c.code}
            title={`${c.name}: ${c.value}`}
            className={cn(
              "flex aspect-square min-w-0 flex-col items-center justify-center rounded-sm leading-none sm:rounded-md",
              COL[c.col],
              ROW[c.row],
              SHADE[c.level],
              c.kind === "KOTA" && "ring-2 ring-gold-400 ring-inset",
            )}
          >
            <span aria-hidden="true" className="text-[8px] font-semibold tracking-tight sm:text-xs">
              {c.abbr}
            </span>
            <span aria-hidden="true" className="text-[11px] font-extrabold tabular-nums sm:text-base">
              {c.value}
            </span>
            <span className="sr-only">
              {c.name}: {c.value} usulan
            </span>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-700">
        <span className="font-semibold">Jumlah usulan:</span>
        {legend.map((l) => (
          <span key={l.level} className="flex items-center gap-1">
            <span aria-hidden="true" className={cn("size-3.5 rounded-sm", SHADE[l.level])} />
            {l.text}
          </span>
        ))}
        <span className="flex items-center gap-1">
          <span aria-hidden="true" className="size-3.5 rounded-sm ring-2 ring-gold-400 ring-inset" />
          kota
        </span>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        Peta petak: setiap kabupaten/kota satu petak sama besar, disusun mendekati letaknya (barat di kiri, Madura di
        kanan atas). Singkatan &ldquo;K·&rdquo; menandai kota.
      </p>
    </div>
  );
}
