import type { Metadata } from "next";
import { RoundHeader } from "@/components/judging/round-header";
import { JudgesPanel } from "@/components/judging/judges-panel";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { listAppointments } from "@/lib/judging/appointments";
import { getRoundHeader } from "@/lib/judging/rounds-queries";

export const metadata: Metadata = { title: "Juri babak" };

export default async function RoundJudgesPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}/juri`);
  const round = await loadOr404(() => getRoundHeader(roundId));
  const data = await loadOr404(() => listAppointments(roundId));
  return (
    <>
      <RoundHeader round={round} current="juri" />
      <section aria-labelledby="juri-judul">
        <h2 id="juri-judul" className="text-xl font-bold text-brand-950">
          Juri babak ini
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Setiap juri menandatangani pernyataan bebas konflik kepentingan untuk babak ini sebelum dapat melihat usulan.
        </p>
        <JudgesPanel data={data} />
      </section>
    </>
  );
}
