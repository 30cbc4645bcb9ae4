import Link from "next/link";
import { SectionCard } from "@/components/ui/card";
import { formatDateWIB, formatTimeWIB } from "@/lib/format/date";
import type { UnitScheduleItem } from "@/lib/schedules/queries";

// What a unit sees of its entries' published schedule: presentation date, time (WIB), room and duration, or the
// date of a site visit. Nothing before the secretariat publishes it (the query returns nothing then).

function ItemLine({ item, withTitle }: { item: UnitScheduleItem; withTitle: boolean }) {
  return (
    <li className="text-sm">
      {withTitle && (
        <Link href={`/usulan/${item.proposalId}`} className="font-semibold text-brand-800 hover:underline">
          {item.title}
        </Link>
      )}
      <p className="text-slate-600">{item.roundName}</p>
      {item.kind === "PRESENTATION" ? (
        <p className="text-slate-900">
          <strong>{formatDateWIB(item.startsAt)}</strong>, pukul{" "}
          <strong>
            {formatTimeWIB(item.startsAt).replace(" WIB", "")}–
            {formatTimeWIB(new Date(item.startsAt.getTime() + item.minutes * 60_000))}
          </strong>{" "}
          · {item.room} · {item.minutes} menit (presentasi dan wawancara)
        </p>
      ) : (
        <p className="text-slate-900">
          Kunjungan lapangan pada <strong>{formatDateWIB(item.visitDate)}</strong>
        </p>
      )}
    </li>
  );
}

/** On a proposal's page. */
export function ProposalScheduleNotice({ items, className }: { items: UnitScheduleItem[]; className?: string }) {
  if (!items.length) return null;
  return (
    <section
      aria-labelledby="jadwal-usulan"
      className={`rounded-lg border border-brand-200 bg-brand-50 p-4 ${className ?? ""}`}
    >
      <h2 id="jadwal-usulan" className="font-semibold text-brand-900">
        Jadwal penilaian
      </h2>
      <ul className="mt-2 space-y-2">
        {items.map((i) => (
          <ItemLine key={`${i.kind}-${i.roundName}`} item={i} withTitle={false} />
        ))}
      </ul>
    </section>
  );
}

/** On the dashboard of an operator or admin lokal. */
export function UnitScheduleCard({ items }: { items: UnitScheduleItem[] }) {
  if (!items.length) return null;
  return (
    <SectionCard
      id="jadwal-unit"
      title="Jadwal presentasi dan kunjungan"
      description="Diumumkan oleh sekretariat KOVABLIK."
    >
      <ul className="space-y-3">
        {items.map((i) => (
          <ItemLine key={`${i.kind}-${i.proposalId}-${i.roundName}`} item={i} withTitle />
        ))}
      </ul>
    </SectionCard>
  );
}
