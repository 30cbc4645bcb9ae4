import Link from "next/link";
import type { UnitListItem } from "@/lib/units/list";
import { UnitKindBadge, UnitStatusBadge } from "./unit-badges";
import { TableOrCards } from "@/components/ui/table";

const numberFormat = new Intl.NumberFormat("id-ID");

function SubUnits({ count }: { count: number }) {
  return <>{count ? `${numberFormat.format(count)} sub-unit` : "Tanpa sub-unit"}</>;
}

/** A table on wide screens; on phones each unit is a card, so nothing scrolls sideways. */
export function UnitTable({
  units,
  showParent = true,
  caption,
}: {
  units: UnitListItem[];
  showParent?: boolean;
  caption: string;
}) {
  return (
    <TableOrCards
      caption={caption}
      tableClassName="w-full text-left text-sm"
      columns={["Nama", "Jenis", showParent && "Induk", "Sub-unit", "Status"]}
      rows={units.map((u) => (
        <tr key={u.id} className="align-top hover:bg-slate-50">
          <td className="px-4 py-3">
            <Link
              href={`/admin/unit/${u.id}`}
              className="font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {u.name}
            </Link>
            {u.regionCode && (
              <span className="mt-0.5 block text-xs tabular-nums text-slate-500">Kode {u.regionCode}</span>
            )}
          </td>
          <td className="whitespace-nowrap px-4 py-3">
            <UnitKindBadge kind={u.kind} />
          </td>
          {showParent && (
            <td className="px-4 py-3 text-slate-700">
              {u.parent ? (
                <Link href={`/admin/unit/${u.parent.id}`} className="hover:text-brand-800 hover:underline">
                  {u.parent.name}
                </Link>
              ) : (
                <span className="text-slate-500">Unit puncak</span>
              )}
            </td>
          )}
          <td className="whitespace-nowrap px-4 py-3 text-slate-700">
            <SubUnits count={u._count.children} />
          </td>
          <td className="px-4 py-3">
            <UnitStatusBadge active={u.active} />
          </td>
        </tr>
      ))}
      cards={units.map((u) => (
        <li key={u.id}>
          <Link
            href={`/admin/unit/${u.id}`}
            className="block rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm hover:border-brand-300"
          >
            <span className="block font-semibold text-brand-900">{u.name}</span>
            {showParent && (
              <span className="mt-0.5 block text-xs text-slate-600">
                {u.parent ? `di bawah ${u.parent.name}` : "Unit puncak"}
              </span>
            )}
            <span className="mt-2 flex flex-wrap items-center gap-2">
              <UnitKindBadge kind={u.kind} />
              {!u.active && <UnitStatusBadge active={false} />}
              {u.regionCode && <span className="text-xs tabular-nums text-slate-600">Kode {u.regionCode}</span>}
              <span className="text-xs text-slate-600">
                <SubUnits count={u._count.children} />
              </span>
            </span>
          </Link>
        </li>
      ))}
    />
  );
}
