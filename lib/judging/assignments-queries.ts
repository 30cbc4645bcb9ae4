import "server-only";
import { prisma } from "@/lib/db";
import { found } from "@/lib/errors";
import { pageSlice, type Page } from "@/lib/pagination";

// The current assignments of a round as the secretariat reads them: a page of entries with their judges
// (and each sheet's state), and the judges one may add by hand.

export const ENTRIES_PER_PAGE = 20;

export async function roundAssignments(roundId: string, requestedPage: number) {
  const round = found(
    await prisma.round.findUnique({
      where: { id: roundId },
      select: {
        id: true,
        name: true,
        state: true,
        judgesPerEntry: true,
        panelMode: true,
        edition: { select: { year: true } },
      },
    }),
    "Babak",
  );
  const where = { roundId, state: "IN" as const };
  const total = await prisma.roundEntry.count({ where });
  const slice = pageSlice(total, requestedPage, ENTRIES_PER_PAGE);
  const [rows, judges] = await Promise.all([
    prisma.roundEntry.findMany({
      where,
      orderBy: { proposal: { title: "asc" } },
      skip: slice.skip,
      take: slice.take,
      select: {
        proposal: { select: { id: true, title: true, unit: { select: { name: true } } } },
        assignments: {
          where: { state: "ASSIGNED" },
          orderBy: { judge: { name: "asc" } },
          select: { id: true, judge: { select: { id: true, name: true } }, sheet: { select: { state: true } } },
        },
      },
    }),
    prisma.judgeAppointment.findMany({
      where: { roundId },
      orderBy: { judge: { name: "asc" } },
      select: { loadCap: true, judge: { select: { id: true, name: true } } },
    }),
  ]);
  const entries: Page<{
    proposalId: string;
    title: string;
    unitName: string;
    judges: { assignmentId: string; judgeId: string; name: string; sheet: "DRAFT" | "SUBMITTED" | null }[];
  }> = {
    items: rows.map((r) => ({
      proposalId: r.proposal.id,
      title: r.proposal.title,
      unitName: r.proposal.unit.name,
      judges: r.assignments.map((a) => ({
        assignmentId: a.id,
        judgeId: a.judge.id,
        name: a.judge.name,
        sheet: a.sheet?.state ?? null,
      })),
    })),
    total,
    page: slice.page,
    pageCount: slice.pageCount,
  };
  return {
    // In panel mode every appointed judge scores every entry (lib/judging/assignments.ts does the same).
    round: { ...round, judgesPerEntry: round.panelMode ? Math.max(1, judges.length) : round.judgesPerEntry },
    changeable: round.state !== "CLOSED" && round.state !== "SEALED",
    entries,
    judges: judges.map((j) => ({ id: j.judge.id, name: j.judge.name, loadCap: j.loadCap })),
  };
}
export type RoundAssignments = Awaited<ReturnType<typeof roundAssignments>>;
