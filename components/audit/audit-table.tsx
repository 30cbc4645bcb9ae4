import Link from "next/link";
import { actionLabel, entityLabel, refusedActionLabel } from "@/lib/audit/labels";
import type { AuditListEntry } from "@/lib/audit/queries";
import { formatShortDateWIB, formatTimeWIB, toDateTimeAttribute } from "@/lib/format/date";
import { TableHead } from "@/components/ui/table";

function When({ at }: { at: Date }) {
  return (
    <time dateTime={toDateTimeAttribute(at)} className="whitespace-nowrap tabular-nums">
      {formatShortDateWIB(at)} {formatTimeWIB(at)}
    </time>
  );
}

function Who({ actor }: { actor: AuditListEntry["actor"] }) {
  if (!actor) return <span className="text-slate-500">Sistem</span>;
  return (
    <>
      <span className="block font-medium text-slate-900">{actor.name}</span>
      <span className="block break-all text-xs text-slate-500">{actor.email}</span>
    </>
  );
}

/** What the entry is about, in words; a refused entry names the kind of action that was refused. */
export function entrySubject(e: Pick<AuditListEntry, "entityType" | "entityId">): { noun: string; id: string | null } {
  if (e.entityType === "Action") return { noun: refusedActionLabel(e.entityId), id: null };
  return { noun: entityLabel(e.entityType), id: e.entityId };
}

function What({ action }: { action: string }) {
  // The stored code stays reachable for whoever must search the code, out of everyone else's way.
  return (
    <span title={action} className="font-medium text-slate-900">
      {actionLabel(action)}
    </span>
  );
}

/** Newest first. A table on wide screens; on phones each entry is a card, so nothing scrolls sideways. */
export function AuditTable({ entries }: { entries: AuditListEntry[] }) {
  return (
    <>
      <div className="hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Entri log audit, terbaru di atas</caption>
          <TableHead columns={["No.", "Waktu", "Aksi", "Data", "Pelaku"]} />
          <tbody className="divide-y divide-slate-100">
            {entries.map((e) => (
              <tr key={e.seq} className="align-top hover:bg-slate-50">
                <td className="px-4 py-3 tabular-nums">
                  <Link
                    href={`/admin/audit/${e.seq}`}
                    className="font-semibold text-brand-700 underline-offset-2 hover:underline"
                  >
                    #{e.seq}
                    <span className="sr-only"> — lihat rincian</span>
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">
                  <When at={e.at} />
                </td>
                <td className="px-4 py-3">
                  <What action={e.action} />
                </td>
                <td className="px-4 py-3 text-slate-700">
                  <span className="block font-medium">{entrySubject(e).noun}</span>
                  {entrySubject(e).id && (
                    <span className="block break-all text-xs text-slate-500">{entrySubject(e).id}</span>
                  )}
                </td>
                <td className="px-4 py-3">
                  <Who actor={e.actor} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden">
        {entries.map((e) => (
          <li key={e.seq}>
            <Link
              href={`/admin/audit/${e.seq}`}
              className="block rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm hover:border-brand-300"
            >
              <div className="flex items-center justify-between gap-2">
                <What action={e.action} />
                <span className="text-xs font-semibold text-brand-700 tabular-nums">#{e.seq}</span>
              </div>
              <p className="mt-2 text-slate-700">
                {entrySubject(e).noun}
                {entrySubject(e).id && <span className="break-all text-slate-500"> · {entrySubject(e).id}</span>}
              </p>
              <div className="mt-2 flex flex-wrap items-end justify-between gap-2 text-xs text-slate-600">
                <span>{e.actor ? e.actor.email : "Sistem"}</span>
                <When at={e.at} />
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
