import Link from "next/link";

type Crumb = { id: string; name: string; active: boolean };

/** The chain of parents from the root down to the unit, each a link to browse up the tree. */
export function UnitBreadcrumb({ ancestors, current }: { ancestors: Crumb[]; current: string }) {
  return (
    <nav aria-label="Letak unit dalam pohon organisasi" className="mb-3">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-slate-600">
        <li>
          <Link href="/admin/unit" className="font-semibold text-brand-700 hover:underline">
            Semua unit
          </Link>
        </li>
        {ancestors.map((a) => (
          <li key={a.id} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="text-slate-400">
              ›
            </span>
            <Link href={`/admin/unit/${a.id}`} className="font-semibold text-brand-700 hover:underline">
              {a.name}
            </Link>
            {!a.active && <span className="text-xs text-red-700">(nonaktif)</span>}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="text-slate-400">
            ›
          </span>
          <span aria-current="page" className="text-slate-800">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
