import Link from "next/link";
import type { EditionListItem } from "@/lib/editions/setup";
import { formatDateTimeRangeWIB } from "@/lib/format/date";
import { STATUS_LABEL, type ProposalStatus } from "@/lib/proposals/lifecycle";
import { EditionStatusBadge } from "./status-badge";
import { TableOrCards } from "@/components/ui/table";

const numberFormat = new Intl.NumberFormat("id-ID");
const STATUS_ORDER = Object.keys(STATUS_LABEL) as ProposalStatus[];

function ProposalCounts({ e }: { e: EditionListItem }) {
  if (e.proposalTotal === 0) return <span className="text-slate-500">Belum ada usulan</span>;
  return (
    <div>
      <p className="font-semibold text-slate-900">{numberFormat.format(e.proposalTotal)} usulan</p>
      <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
        {STATUS_ORDER.filter((s) => e.proposalsByStatus[s]).map((s) => (
          <li key={s}>
            {STATUS_LABEL[s]}:{" "}
            <span className="font-semibold tabular-nums text-slate-800">
              {numberFormat.format(e.proposalsByStatus[s]!)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A table on wide screens; a card per edition on phones. */
export function EditionList({ editions }: { editions: EditionListItem[] }) {
  return (
    <TableOrCards
      caption="Daftar edisi"
      tableClassName="w-full text-left text-sm"
      columns={["Edisi", "Status", "Pendaftaran", "Usulan"]}
      rows={editions.map((e) => (
        <tr key={e.id} className="align-top hover:bg-slate-50">
          <td className="px-4 py-3">
            <Link
              href={`/admin/edisi/${e.year}`}
              className="text-base font-bold text-brand-800 underline-offset-2 hover:underline"
            >
              {e.year}
            </Link>
            <span className="mt-0.5 block max-w-md text-slate-700">{e.theme}</span>
          </td>
          <td className="whitespace-nowrap px-4 py-3">
            <EditionStatusBadge status={e.status} />
          </td>
          <td className="max-w-64 px-4 py-3 text-slate-700">
            {formatDateTimeRangeWIB(e.registrationOpensAt, e.registrationClosesAt)}
          </td>
          <td className="px-4 py-3">
            <ProposalCounts e={e} />
          </td>
        </tr>
      ))}
      cards={editions.map((e) => (
        <li key={e.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm">
          <div className="flex items-start justify-between gap-3">
            <Link
              href={`/admin/edisi/${e.year}`}
              className="text-lg font-bold text-brand-800 underline-offset-2 hover:underline"
            >
              Edisi {e.year}
            </Link>
            <EditionStatusBadge status={e.status} />
          </div>
          <p className="mt-1 text-slate-700">{e.theme}</p>
          <p className="mt-2 text-xs text-slate-600">
            <span className="font-semibold text-slate-700">Pendaftaran: </span>
            {formatDateTimeRangeWIB(e.registrationOpensAt, e.registrationClosesAt)}
          </p>
          <div className="mt-3 border-t border-slate-100 pt-3">
            <ProposalCounts e={e} />
          </div>
        </li>
      ))}
    />
  );
}
