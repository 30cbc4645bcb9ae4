import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { OwnRoundsList } from "@/components/judging/own-rounds-list";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listOwnAppointments } from "@/lib/judging/declarations";

export const metadata: Metadata = { title: "Penilaian juri" };

export default async function JudgeHomePage() {
  const actor = await requirePagePermission("judging:declare", "/juri");
  const rows = await listOwnAppointments(actor);
  return (
    <>
      <PageHeader
        title="Penilaian juri"
        description="Babak tempat Anda ditunjuk sebagai juri. Untuk setiap babak, tanda tangani pernyataan bebas konflik kepentingan sebelum melihat usulan."
      />
      <OwnRoundsList rows={rows} />
    </>
  );
}
