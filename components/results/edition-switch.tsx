import Link from "next/link";

/** Links to the same screen of other editions ("?tahun="), when there are several. */
export function EditionSwitch({ years, current, basePath }: { years: number[]; current: number; basePath: string }) {
  if (years.length < 2) return null;
  return (
    <nav aria-label="Edisi lain" className="mb-4 flex flex-wrap gap-3 text-sm">
      <span className="text-slate-600">Edisi:</span>
      {years.map((y) => (
        <Link
          key={y}
          href={`${basePath}?tahun=${y}`}
          aria-current={y === current ? "page" : undefined}
          className={y === current ? "font-bold text-brand-900" : "text-brand-700 hover:underline"}
        >
          {y}
        </Link>
      ))}
    </nav>
  );
}
