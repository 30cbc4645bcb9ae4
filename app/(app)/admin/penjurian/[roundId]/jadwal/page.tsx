import type { Metadata } from "next";
import { RoundHeader } from "@/components/judging/round-header";
import { ScheduleAdmin } from "@/components/schedules/schedule-admin";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { roundSchedule } from "@/lib/schedules/queries";

export const metadata: Metadata = { title: "Jadwal babak" };

export default async function RoundSchedulePage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}/jadwal`);
  const schedule = await loadOr404(() => roundSchedule(actor, roundId));
  const round = schedule.kind === "DESK_EVALUATION" ? schedule.round : schedule.view.round;
  return (
    <>
      <RoundHeader round={round} current="jadwal" />
      <ScheduleAdmin schedule={schedule} />
    </>
  );
}
