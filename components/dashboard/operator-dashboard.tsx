import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { DashboardEdition, OperatorDashboard as OperatorData } from "@/lib/dashboard/queries";
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
      {data.units.map((u) => (
        <Card as="article" key={u.unitId} aria-labelledby={`unit-${u.unitId}`}>
          <CardHeader>
            <CardTitle id={`unit-${u.unitId}`}>{u.name}</CardTitle>
            {u.institution && u.institution !== u.name && <p className="text-sm text-slate-600">Instansi: {u.institution}</p>}
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <div className="text-sm text-slate-700">
              <h3 className="font-bold text-brand-950">Admin lokal Anda</h3>
              {u.unitAdmins.length ? (
                <ul className="mt-1.5 space-y-1">
                  {u.unitAdmins.map((a) => (
                    <li key={a.email}>
                      {a.name} ·{" "}
                      <a href={`mailto:${a.email}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
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
                <p>Susun draf usulan inovasi unit Anda, lalu kirim ke admin lokal untuk diperiksa sebelum batas pendaftaran.</p>
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
