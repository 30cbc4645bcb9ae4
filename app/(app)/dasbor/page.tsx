import type { Metadata } from "next";
import { navFor } from "@/components/layout/nav";
import { PageHeader } from "@/components/layout/page-header";
import { AdminDashboard } from "@/components/dashboard/admin-dashboard";
import { JudgeDashboard } from "@/components/dashboard/judge-dashboard";
import { OperatorDashboard } from "@/components/dashboard/operator-dashboard";
import { UnitAdminDashboard } from "@/components/dashboard/unit-admin-dashboard";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageActor } from "@/lib/auth/page-guards";
import { getDashboard } from "@/lib/dashboard/queries";
import { UnitScheduleCard } from "@/components/schedules/unit-schedule";
import { ownUnitSchedules } from "@/lib/schedules/queries";

export const metadata: Metadata = { title: "Dasbor" };

export default async function DashboardPage() {
  const actor = await requirePageActor("/dasbor");
  const now = new Date();
  const [dashboard, schedules] = await Promise.all([getDashboard(actor, now), ownUnitSchedules(actor)]);
  // Proposal pages are linked once the portal offers them to this user (they appear in the menu); until then
  // the dashboards say plainly that they are coming.
  const nav = navFor(actor);
  const link = (href: string) => nav.find((i) => i.href === href);
  const hasAny = dashboard.admin || dashboard.unitAdmin || dashboard.operator || dashboard.judge;
  return (
    <>
      <PageHeader title="Dasbor" description={`Selamat datang, ${actor.name}${actor.name.endsWith(".") ? "" : "."}`} />
      <div className="flex flex-col gap-10">
        <UnitScheduleCard items={schedules} />
        {dashboard.admin && <AdminDashboard data={dashboard.admin} edition={dashboard.edition} now={now} />}
        {dashboard.unitAdmin && (
          <UnitAdminDashboard
            data={dashboard.unitAdmin}
            edition={dashboard.edition}
            now={now}
            proposals={link("/unit/usulan")}
          />
        )}
        {dashboard.operator && (
          <OperatorDashboard
            data={dashboard.operator}
            edition={dashboard.edition}
            now={now}
            proposals={link("/usulan")}
          />
        )}
        {dashboard.judge && <JudgeDashboard data={dashboard.judge} />}
        {!hasAny && (
          <EmptyState
            title="Akun Anda belum memiliki peran"
            description="Akun ini belum ditautkan ke unit mana pun atau diangkat sebagai juri. Hubungi admin lokal instansi Anda atau sekretariat KOVABLIK di Biro Organisasi."
          />
        )}
      </div>
    </>
  );
}
