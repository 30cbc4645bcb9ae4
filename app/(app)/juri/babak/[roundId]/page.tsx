import type { Metadata } from "next";
import { ScoreDesk } from "@/components/judging/score-desk";
import { PageHeader } from "@/components/layout/page-header";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { getDesk } from "@/lib/judging/score-queries";

export const metadata: Metadata = { title: "Meja penilaian" };

export default async function JudgeDeskPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requirePagePermission("score:write", `/juri/babak/${roundId}`);
  const desk = await loadOr404(() => getDesk(actor, roundId));
  return (
    <div>
      <PageHeader
        title={desk.round.name}
        back={{ href: "/juri", label: "Juri" }}
        description={`KOVABLIK ${desk.round.editionYear} · usulan yang ditugaskan kepada Anda`}
      />
      <ScoreDesk desk={desk} />
    </div>
  );
}
