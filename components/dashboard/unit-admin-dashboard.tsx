import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import type { DashboardEdition, UnitAdminDashboard as UnitAdminData } from "@/lib/dashboard/queries";
import { DashboardSection } from "./dashboard-section";
import { RegistrationDeadline } from "./registration-deadline";
import { Stat, StatGrid } from "./stat";

type Props = {
  data: UnitAdminData;
  edition: DashboardEdition | null;
  now: Date;
  /** The proposal review page, when the portal has one for this user; otherwise the page says it is coming. */
  proposals?: { href: string; label: string };
};

export function UnitAdminDashboard({ data, edition, now, proposals }: Props) {
  return (
    <DashboardSection
      id="dasbor-admin-lokal"
      title="Dasbor Admin Lokal"
      description="Anda mengelola akun operator unit-unit di bawah instansi Anda, lalu memeriksa dan mengirim usulan mereka ke provinsi."
    >
      <RegistrationDeadline edition={edition} now={now} />
      {data.institutions.map((inst) => (
        <Card as="article" key={inst.unitId} aria-labelledby={`instansi-${inst.unitId}`}>
          <CardHeader>
            <CardTitle id={`instansi-${inst.unitId}`}>{inst.name}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <StatGrid className="md:grid-cols-4">
              <Stat label="Unit di bawahnya" value={inst.unitsBelow} hint="Perangkat daerah dan unit pelayanan" />
              <Stat label="Operator aktif" value={inst.activeOperators} hint="Akun operator yang sudah aktif" />
              <Stat
                label="Undangan menunggu"
                hint="Operator belum mengatur kata sandi"
                value={inst.invitedOperators}
                tone={inst.invitedOperators ? "attention" : "default"}
              />
              <Stat
                label="Kuota usulan"
                value={inst.quota ?? "—"}
                hint={
                  inst.quota === null || !edition ? "Belum ada edisi berjalan" : `Ke provinsi, edisi ${edition.year}`
                }
              />
            </StatGrid>
            <div>
              <h3 className="text-sm font-bold text-brand-950">Langkah berikutnya</h3>
              <ol className="mt-2 list-decimal space-y-1.5 pl-5 text-sm leading-relaxed text-slate-700">
                <li>
                  {inst.activeOperators === 0
                    ? "Belum ada operator aktif. Undang operator untuk setiap unit pelayanan yang akan mengusulkan inovasi."
                    : "Pastikan setiap unit pelayanan yang akan mengusulkan inovasi sudah memiliki operator."}
                </li>
                {inst.invitedOperators > 0 && (
                  <li>
                    Ingatkan operator yang belum menerima undangan untuk mengatur kata sandi melalui tautan di email
                    mereka.
                  </li>
                )}
                {proposals ? (
                  <li>
                    Periksa draf usulan dari unit Anda, lalu kirim yang layak ke provinsi sebelum batas pendaftaran.
                  </li>
                ) : (
                  <li>
                    Pemeriksaan dan pengiriman usulan ke provinsi belum tersedia di portal ini; fitur tersebut menyusul
                    pada tahap berikutnya.
                  </li>
                )}
              </ol>
              <div className="mt-4 flex flex-wrap gap-2">
                <ButtonLink href="/unit/akun" size="sm">
                  Kelola akun operator
                </ButtonLink>
                {proposals && (
                  <ButtonLink href={proposals.href} size="sm" variant="secondary">
                    {proposals.label}
                  </ButtonLink>
                )}
              </div>
            </div>
          </CardContent>
        </Card>
      ))}
    </DashboardSection>
  );
}
