import type { ReactNode } from "react";
import type { Bar } from "@/lib/statistics/statistics";

const number = new Intl.NumberFormat("id-ID");

/** A chart's frame: its title, the chart, and the same figures as a table for screen readers and copying. */
export function ChartFigure({
  id,
  title,
  description,
  table,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  table: { head: [string, string]; rows: { key: string; label: string; value: number }[] };
  children: ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-judul`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <figcaption>
        <h2 id={`${id}-judul`} className="text-lg font-extrabold tracking-tight text-brand-950">
          {title}
        </h2>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </figcaption>
      <div className="mt-4">{children}</div>
      <details className="mt-4 text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800">Tampilkan sebagai tabel</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-1 pr-2 font-semibold">
                {table.head[0]}
              </th>
              <th scope="col" className="py-1 text-right font-semibold">
                {table.head[1]}
              </th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.key} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {r.label}
                </th>
                <td className="py-1 text-right tabular-nums">{number.format(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Horizontal bars: the label and figure as text, the bar as a small SVG (scales to any width, no inline style). */
export function BarList({ bars, tone = "brand" }: { bars: Bar[]; tone?: "brand" | "gold" }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const fill = tone === "gold" ? "fill-gold-500" : "fill-brand-600";
  return (
    <ul className="space-y-2.5">
      {bars.map((b) => (
        <li key={b.key}>
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="min-w-0 break-words text-slate-800">{b.label}</span>
            <span className="shrink-0 font-bold tabular-nums text-brand-950">{number.format(b.value)}</span>
          </div>
          <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1 h-2.5 w-full" aria-hidden="true">
            <rect x="0" y="0" width="100" height="6" rx="1" className="fill-slate-100" />
            <rect x="0" y="0" width={(b.value / max) * 100} height="6" rx="1" className={fill} />
          </svg>
        </li>
      ))}
    </ul>
  );
}

/** Columns for a short series (entries per year), drawn in SVG with its own labels. */
export function ColumnChart({ bars, label }: { bars: Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const w = 320;
  const h = 180;
  const top = 22;
  const bottom = 26;
  const slot = w / Math.max(1, bars.length);
  const barWidth = Math.min(56, slot * 0.6);
  return (
    <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} className="h-auto w-full max-w-xl">
      <line x1="0" y1={h - bottom} x2={w} y2={h - bottom} className="stroke-slate-300" strokeWidth="1" />
      {bars.map((b, i) => {
        const height = ((h - top - bottom) * b.value) / max;
        const x = i * slot + (slot - barWidth) / 2;
        const y = h - bottom - height;
        return (
          <g key={b.key}>
            <rect x={x} y={y} width={barWidth} height={height} rx="3" className="fill-brand-600" />
            <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" className="fill-brand-950 text-[13px] font-bold">
              {number.format(b.value)}
            </text>
            <text x={x + barWidth / 2} y={h - 8} textAnchor="middle" className="fill-slate-700 text-[13px]">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
