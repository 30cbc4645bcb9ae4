import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { formatShortDateWIB } from "@/lib/format/date";
import type { InstitutionCounts, ProposalListItem } from "@/lib/proposals/workflow-queries";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { TableHead } from "@/components/ui/table";

export function ProvinceProposalList({ items }: { items: ProposalListItem[] }) {
  return (
    <ul className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      {items.map((item) => {
        const checkable = item.status === "SUBMITTED" || item.status === "RESUBMITTED";
        return (
          <li
            key={item.id}
            className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
          >
            <div className="min-w-0">
              <Link
                href={`/admin/usulan/${item.id}`}
                className="font-semibold text-brand-800 hover:text-brand-950 hover:underline"
              >
                {item.title}
              </Link>
              <p className="mt-0.5 text-sm text-slate-600">
                {item.unit.name}
                {item.unit.id !== item.institution.id ? ` · ${item.institution.name}` : ""}
              </p>
              <p className="text-xs text-slate-500">
                {[item.group?.name, item.category?.name].filter(Boolean).join(" · ") ||
                  "Kelompok dan kategori belum dipilih"}
              </p>
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-2">
              <ProposalStatusBadge status={item.status} />
              <span className="text-xs text-slate-500">
                {item.submittedAt
                  ? `Dikirim ${formatShortDateWIB(item.submittedAt)}`
                  : `Diubah ${formatShortDateWIB(item.updatedAt)}`}
              </span>
              {checkable && (
                <ButtonLink href={`/admin/usulan/${item.id}/seleksi`} size="sm">
                  Seleksi
                </ButtonLink>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function InstitutionCountsTable({ counts }: { counts: InstitutionCounts[] }) {
  const cell = "px-3 py-2.5 text-right tabular-nums";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="sr-only">Jumlah usulan per instansi menurut posisinya</caption>
        <TableHead
          columns={[
            { label: "Instansi", className: "px-3 py-2.5 text-left" },
            "Draf di unit",
            "Di admin lokal",
            "Dikirim",
            "Sudah diseleksi",
            "Kuota",
          ]}
          className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600"
          cell={cell}
        />
        <tbody className="divide-y divide-slate-100">
          {counts.map((c) => {
            const used = c.submitted + c.checked;
            return (
              <tr key={c.institutionId}>
                <th scope="row" className="px-3 py-2.5 text-left font-medium">
                  <Link
                    href={`/admin/usulan?institution=${c.institutionId}`}
                    className="text-brand-800 hover:underline"
                  >
                    {c.name}
                  </Link>
                </th>
                <td className={`${cell} ${c.atUnits ? "font-semibold text-amber-800" : "text-slate-400"}`}>
                  {c.atUnits}
                </td>
                <td className={`${cell} ${c.atUnitAdmin ? "font-semibold text-sky-800" : "text-slate-400"}`}>
                  {c.atUnitAdmin}
                </td>
                <td className={cell}>{c.submitted}</td>
                <td className={cell}>{c.checked}</td>
                <td className={`${cell} ${used >= c.quota ? "font-semibold text-red-700" : ""}`}>
                  {used}/{c.quota}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
