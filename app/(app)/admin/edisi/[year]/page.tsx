import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { GeneralForm } from "@/components/editions/general-form";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { getEditionSetup } from "@/lib/editions/service";
import { dateToWibInput } from "@/lib/format/wib-input";

export const metadata: Metadata = { title: "Edisi: umum dan jadwal" };

const ROUND_KIND_LABEL = {
  DESK_EVALUATION: "Evaluasi proposal",
  PRESENTATION_INTERVIEW: "Presentasi dan wawancara",
  SITE_VISIT: "Kunjungan lapangan",
} as const;

export default async function EditionGeneralPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  if (!can(actor, "edition:manage")) forbidden();
  const e = await getEditionSetup(Number(year));
  if (!e) notFound();
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
