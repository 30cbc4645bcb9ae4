import type { Metadata } from "next";
import { SchedulePrint } from "@/components/schedules/schedule-print";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { roundSchedule } from "@/lib/schedules/queries";

export const metadata: Metadata = { title: "Cetak jadwal" };

export default async function RoundSchedulePrintPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}/jadwal/cetak`);
  return <SchedulePrint schedule={await loadOr404(() => roundSchedule(actor, roundId))} />;
}
