import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProgressView } from "@/components/judging/progress-view";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { roundProgress } from "@/lib/judging/progress";

export const metadata: Metadata = { title: "Progres penilaian" };

export default async function RoundProgressPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}/progres`);
  const now = new Date();
  const view = await loadOr404(() => roundProgress(actor, roundId, now));
  return (
    <div>
      <PageHeader
        title={`Progres penilaian — ${view.round.name}`}
        back={{ href: `/admin/penjurian/${view.round.id}`, label: view.round.name }}
        description={`KOVABLIK ${view.round.year}. Per juri dan per usulan: terkirim, masih draf, belum mulai, terlambat.`}
      />
      <ProgressView view={view} now={now} />
    </div>
  );
}
