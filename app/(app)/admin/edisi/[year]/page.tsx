import type { Metadata } from "next";
import { GeneralForm } from "@/components/editions/general-form";
import { getEditionSetup } from "@/lib/editions/setup";
import { dateToWibInput } from "@/lib/format/wib-input";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Edisi: umum dan jadwal" };

const ROUND_KIND_LABEL = {
  DESK_EVALUATION: "Evaluasi proposal",
  PRESENTATION_INTERVIEW: "Presentasi dan wawancara",
  SITE_VISIT: "Kunjungan lapangan",
} as const;

export default async function EditionGeneralPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  await requirePagePermission("edition:manage", `/admin/edisi/${year}`);
  const e = await loadOr404(() => getEditionSetup(Number(year)));
  return (
    <GeneralForm
      initial={{
        editionId: e.id,
        theme: e.theme,
        status: e.status,
        registrationOpensAt: dateToWibInput(e.registrationOpensAt),
        registrationClosesAt: dateToWibInput(e.registrationClosesAt),
        announcementAt: dateToWibInput(e.announcementAt),
        minImplementationMonths: e.minImplementationMonths,
        excludePreviousWinners: e.excludePreviousWinners,
        topN: e.topN,
        defaultQuota: e.defaultQuota,
        rounds: e.rounds.map((r) => ({
          id: r.id,
          name: r.name,
          opensAt: dateToWibInput(r.opensAt),
          closesAt: dateToWibInput(r.closesAt),
          kindLabel: ROUND_KIND_LABEL[r.kind],
        })),
      }}
    />
  );
}
