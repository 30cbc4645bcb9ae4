import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatDeadlineWIB, formatShortDateWIB } from "@/lib/format/date";
import type { ProposalListItem, QueueBucket, QueueInstitution } from "@/lib/proposals/workflow-queries";
import { NEAR_DEADLINE_DAYS } from "./deadline-countdown";
import { QuotaMeter } from "./quota-meter";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";

const BUCKETS: { key: QueueBucket; title: string; empty: string; hint?: string }[] = [
  {
    key: "review",
    title: "Menunggu pemeriksaan Anda",
    empty: "Tidak ada usulan yang menunggu.",
    hint: "Periksa, lalu kirim ke provinsi atau kembalikan ke unit.",
  },
  {
    key: "drafts",
    title: "Draf masih di unit",
    empty: "Tidak ada draf di unit.",
    hint: "Belum dikirim operator kepada Anda. Draf yang tidak dikirim sebelum batas waktu tidak ikut lomba.",
  },
  {
    key: "returned",
    title: "Dikembalikan",
    empty: "Tidak ada usulan yang dikembalikan.",
    hint: "Menunggu perbaikan oleh unit.",
  },
  { key: "submitted", title: "Sudah dikirim ke provinsi", empty: "Belum ada usulan yang dikirim ke provinsi." },
  { key: "withdrawn", title: "Ditarik", empty: "" },
];

function Row({ item, now, daysLeft }: { item: ProposalListItem; now: Date; daysLeft: number | null }) {
  const atUnit = item.status === "DRAFT" || item.status === "RETURNED_TO_UNIT";
  const extended = item.extensionUntil && item.extensionUntil > now;
  const urgent = atUnit && daysLeft !== null && daysLeft >= 0 && daysLeft <= NEAR_DEADLINE_DAYS && !extended;
  return (
    <li
      className={cn(
        "flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4",
        urgent && "bg-amber-50",
      )}
    >
      <div className="min-w-0">
        <Link
          href={`/unit/usulan/${item.id}`}
          className="font-semibold text-brand-800 hover:text-brand-950 hover:underline"
        >
          {item.title}
        </Link>
        <p className="mt-0.5 text-sm text-slate-600">
          {item.unit.name}
          {item.category ? ` · ${item.category.name}` : ""}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2 text-xs text-slate-500">
        <ProposalStatusBadge status={item.status} />
        {urgent && <Badge tone="warning">{daysLeft === 0 ? "Batas hari ini" : `Sisa ${daysLeft} hari`}</Badge>}
        {extended && <Badge tone="accent">Diperpanjang s.d. {formatDeadlineWIB(item.extensionUntil)}</Badge>}
        {item.status === "RETURNED_FOR_CORRECTION" && item.correctionDeadline && (
          <Badge tone="warning">Perbaikan s.d. {formatShortDateWIB(item.correctionDeadline)}</Badge>
        )}
        <span>Diubah {formatShortDateWIB(item.updatedAt)}</span>
      </div>
    </li>
  );
}

export function UnitQueue({
  institution,
  now,
  daysLeft,
}: {
  institution: QueueInstitution;
  now: Date;
  daysLeft: number | null;
}) {
  const total = Object.values(institution.buckets).reduce((s, b) => s + b.length, 0);
  return (
    <Card as="section" aria-labelledby={`instansi-${institution.unitId}`}>
      <CardHeader className="sm:flex-row sm:items-start sm:justify-between sm:gap-6">
        <div>
          <CardTitle as="h2" id={`instansi-${institution.unitId}`}>
            {institution.name}
          </CardTitle>
          <p className="mt-1 text-sm text-slate-600">{total} usulan pada edisi ini</p>
        </div>
        {institution.quota && <QuotaMeter quota={institution.quota} />}
      </CardHeader>
      <CardContent className="space-y-6">
        {BUCKETS.map((b) => {
          const items = institution.buckets[b.key];
          if (b.key === "withdrawn" && items.length === 0) return null;
          return (
            <section key={b.key} aria-labelledby={`${institution.unitId}-${b.key}`}>
              <div className="flex flex-wrap items-baseline gap-x-2">
                <h3 id={`${institution.unitId}-${b.key}`} className="font-bold text-brand-950">
                  {b.title}
                </h3>
                <span className="text-sm font-semibold text-slate-500">({items.length})</span>
              </div>
              {b.hint && items.length > 0 && <p className="text-sm text-slate-600">{b.hint}</p>}
              {items.length === 0 ? (
                <p className="mt-1 text-sm text-slate-500">{b.empty}</p>
              ) : (
                <ul className="mt-2 divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200">
                  {items.map((item) => (
                    <Row key={item.id} item={item} now={now} daysLeft={daysLeft} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </CardContent>
    </Card>
  );
}
