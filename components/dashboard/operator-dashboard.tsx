import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { DashboardEdition, OperatorDashboard as OperatorData } from "@/lib/dashboard/queries";
import { ReturnNoteLine } from "@/components/proposals/workflow/return-note";
import { DashboardSection } from "./dashboard-section";
import { RegistrationDeadline } from "./registration-deadline";

type Props = {
  data: OperatorData;
  edition: DashboardEdition | null;
  now: Date;
  /** The proposal pages, when the portal has them for this user; otherwise the page says they are coming. */
  proposals?: { href: string; label: string };
};

export function OperatorDashboard({ data, edition, now, proposals }: Props) {
  return (
    <DashboardSection
      id="dasbor-operator"
      title="Dasbor Operator"
      description="Anda menyusun usulan inovasi unit Anda; admin lokal instansi memeriksa lalu mengirimnya ke provinsi."
    >
      <RegistrationDeadline edition={edition} now={now} />
      {data.returned.total > 0 && <ReturnedProposals returned={data.returned} />}
      {data.units.map((u) => (
        <Card as="article" key={u.unitId} aria-labelledby={`unit-${u.unitId}`}>
          <CardHeader>
            <CardTitle id={`unit-${u.unitId}`}>{u.name}</CardTitle>
            {u.institution && u.institution !== u.name && (
              <p className="text-sm text-slate-600">Instansi: {u.institution}</p>
            )}
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <div className="text-sm text-slate-700">
              <h3 className="font-bold text-brand-950">Admin lokal Anda</h3>
              {u.unitAdmins.length ? (
                <ul className="mt-1.5 space-y-1">
                  {u.unitAdmins.map((a) => (
                    <li key={a.email}>
                      {a.name} ·{" "}
                      <a
                        href={`mailto:${a.email}`}
                        className="font-medium text-brand-700 underline-offset-2 hover:underline"
                      >
                        {a.email}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1.5">Instansi Anda belum memiliki admin lokal aktif. Hubungi sekretariat KOVABLIK.</p>
              )}
            </div>
            {proposals ? (
              <div className="flex flex-col gap-3 rounded-xl border border-brand-100 bg-brand-50/60 p-4 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between">
                <p>
                  Susun draf usulan inovasi unit Anda, lalu kirim ke admin lokal untuk diperiksa sebelum batas
                  pendaftaran.
                </p>
                <ButtonLink href={proposals.href} size="sm" className="shrink-0">
                  {proposals.label}
                </ButtonLink>
              </div>
            ) : (
              <EmptyState
                headingLevel={3}
                title="Penyusunan usulan akan tersedia segera"
                description="Formulir usulan inovasi belum dibuka di portal ini. Setelah tersedia, Anda menyusun draf usulan di sini, lalu admin lokal memeriksa dan mengirimkannya ke provinsi sebelum batas pendaftaran."
              />
            )}
          </CardContent>
        </Card>
      ))}
    </DashboardSection>
  );
}

/** The hand-off back to the operator, where they look first: what came back, and each note. */
function ReturnedProposals({ returned }: { returned: OperatorData["returned"] }) {
  return (
    <Card as="section" aria-labelledby="usulan-dikembalikan" className="border-gold-300">
      <CardHeader>
        <CardTitle id="usulan-dikembalikan">{returned.total} usulan dikembalikan — perlu diperbaiki</CardTitle>
        <p className="text-sm text-slate-600">Perbaiki sesuai catatan, lalu kirim lagi sebelum batasnya.</p>
      </CardHeader>
      <CardContent>
        <ul className="divide-y divide-slate-100">
          {returned.items.map((p) => (
            <li key={p.id} className="py-3 first:pt-0 last:pb-0">
              <Link
                href={`/usulan/${p.id}`}
                className="font-semibold text-brand-900 underline-offset-2 hover:underline"
              >
                {p.title}
              </Link>
              <span className="text-sm text-slate-600"> · {p.unitName}</span>
              <ReturnNoteLine note={p.note} />
            </li>
          ))}
        </ul>
        {returned.total > returned.items.length && (
          <p className="mt-3 text-sm">
            <Link href="/usulan" className="font-medium text-brand-700 underline">
              Lihat semua {returned.total} usulan
            </Link>
          </p>
        )}
      </CardContent>
    </Card>
  );
}
