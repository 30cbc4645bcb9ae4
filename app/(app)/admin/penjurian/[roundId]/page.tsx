import type { Metadata } from "next";
import { RoundHeader } from "@/components/judging/round-header";
import { RoundSettingsForm } from "@/components/judging/round-settings-form";
import { RoundStatePanel } from "@/components/judging/round-state-panel";
import { RubricEditor } from "@/components/judging/rubric-editor";
import { RubricView } from "@/components/judging/rubric-view";
import { SectionCard } from "@/components/ui/card";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { getRoundDetail } from "@/lib/judging/rounds-queries";

export const metadata: Metadata = { title: "Pengaturan babak" };

export default async function RoundSettingsPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}`);
  const round = await loadOr404(() => getRoundDetail(roundId));
  return (
    <>
      <RoundHeader round={{ ...round, kind: round.settings.kind }} current="pengaturan" />
      <div className="flex flex-col gap-6">
        <SectionCard id="status-babak" title="Status babak">
          <RoundStatePanel roundId={round.id} name={round.name} state={round.state} problems={round.openingProblems} />
        </SectionCard>
        <SectionCard
          id="pengaturan-babak"
          title="Pengaturan"
          description="Jadwal dalam WIB harus berada setelah pendaftaran ditutup dan sebelum pengumuman, berurutan dengan babak lain."
        >
          <RoundSettingsForm roundId={round.id} state={round.state} initial={round.settings} />
        </SectionCard>
        <SectionCard
          id="rubrik-babak"
          title="Rubrik"
          description={
            round.state === "DRAFT"
              ? "Kriteria, bobot (jumlahnya 100 %), skala, dan panduan per tingkat yang dilihat juri saat menilai."
              : "Rubrik dibekukan sejak babak dibuka."
          }
        >
          {round.state === "DRAFT" ? (
            <RubricEditor roundId={round.id} initial={round.criteria} />
          ) : (
            <RubricView criteria={round.criteria} />
          )}
        </SectionCard>
      </div>
    </>
  );
}
