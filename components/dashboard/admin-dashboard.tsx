import { ButtonLink } from "@/components/ui/button";
import type { AdminDashboard as AdminData, DashboardEdition } from "@/lib/dashboard/queries";
import { DashboardSection } from "./dashboard-section";
import { RegistrationDeadline } from "./registration-deadline";
import { Stat, StatGrid } from "./stat";

export function AdminDashboard({
  data,
  edition,
  now,
}: {
  data: AdminData;
  edition: DashboardEdition | null;
  now: Date;
}) {
  return (
    <DashboardSection
      id="dasbor-admin"
      title="Dasbor Admin"
      description="Ringkasan portal untuk sekretariat KOVABLIK di Biro Organisasi: organisasi, akun, dan pesan keluar."
    >
      <RegistrationDeadline edition={edition} now={now} />
      <StatGrid>
        <Stat label="Unit aktif" value={data.units} hint="Seluruh simpul pohon organisasi" href="/admin/unit" />
        <Stat
          label="Instansi"
          value={data.institutions}
          hint="Kabupaten/kota, perangkat daerah provinsi, BUMD"
          href="/admin/unit"
        />
        <Stat
          label="Akun aktif"
          value={data.activeAccounts}
          hint={data.disabledAccounts ? `${data.disabledAccounts} akun dinonaktifkan` : undefined}
          href="/admin/akun"
        />
        <Stat
          label="Undangan menunggu"
          value={data.invitedAccounts}
          hint="Akun diundang yang belum mengatur kata sandi"
          href="/admin/akun"
          tone={data.invitedAccounts ? "attention" : "default"}
        />
        <Stat
          label="Pesan menunggu dikirim"
          value={data.pendingMessages}
          hint="Di kotak keluar"
          href="/admin/kotak-keluar?state=PENDING"
        />
        <Stat
          label="Pesan gagal dikirim"
          value={data.failedMessages}
          hint={data.failedMessages ? "Periksa dan coba kirim ulang" : "Tidak ada"}
          href="/admin/kotak-keluar?state=FAILED"
          tone={data.failedMessages ? "attention" : "default"}
        />
      </StatGrid>
      <nav aria-label="Pintasan admin" className="flex flex-wrap gap-2">
        <ButtonLink href="/admin/unit" variant="secondary" size="sm">
          Kelola unit
        </ButtonLink>
        <ButtonLink href="/admin/akun" variant="secondary" size="sm">
          Kelola akun
        </ButtonLink>
        <ButtonLink href="/admin/audit" variant="secondary" size="sm">
          Log audit
        </ButtonLink>
        <ButtonLink href="/admin/kotak-keluar" variant="secondary" size="sm">
          Kotak keluar
        </ButtonLink>
      </nav>
    </DashboardSection>
  );
}
