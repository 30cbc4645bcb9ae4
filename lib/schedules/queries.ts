import "server-only";
import { authorize, can, scopePrefixes, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { found } from "@/lib/errors";
import { dateToWibInput } from "@/lib/format/wib-input";
import { fillSchedule } from "./filling";
import { blockedJudgesByProposal, scheduledEntryWhere } from "./round";
import { loadPresentation } from "./slots";
import { storedEvaluators } from "./schemas";

// What the schedule screens read: the secretariat's view of a round's schedule (also the printable page and the
// file), and what a unit sees of its own entries once the schedule is published.

const roundSelect = {
  id: true,
  name: true,
  kind: true,
  state: true,
  editionId: true,
  opensAt: true,
  closesAt: true,
  edition: { select: { year: true } },
  schedule: { select: { publishedAt: true } },
} as const;

export async function presentationView(roundId: string) {
  return prisma.$transaction(async (tx) => {
    const round = found(await tx.round.findUnique({ where: { id: roundId }, select: roundSelect }), "Babak");
    const p = await loadPresentation(tx, round);
    const appointed = await tx.judgeAppointment.findMany({
      where: { roundId },
      orderBy: { judge: { name: "asc" } },
      select: { userId: true, judge: { select: { name: true } } },
    });
    const placed = new Set(p.slots.map((s) => s.proposalId));
    // Why the entries still without a slot would stay out of a fill now (conflicts, full rooms): a dry run.
    const dryRun = fillSchedule({
      times: p.times,
      panels: p.panels,
      entries: p.entries.filter((e) => !placed.has(e.id)),
      fixed: p.slots.flatMap((s) =>
        s.panelId ? [{ entryId: s.proposalId, panelId: s.panelId, time: s.startsAt.getTime() }] : [],
      ),
      judgeNames: p.judgeNames,
    });
    const reason = new Map(dryRun.unplaced.map((u) => [u.entryId, u.reason]));
    const entryOf = new Map(p.entries.map((e) => [e.id, e]));
    const slotOf = (s: (typeof p.slots)[number]) => {
      const e = entryOf.get(s.proposalId);
      return {
        proposalId: s.proposalId,
        title: s.proposal.title,
        unitName: s.proposal.unit.name,
        panelId: s.panelId,
        room: s.room,
        startsAt: s.startsAt,
        minutes: s.minutes,
        blockedJudgeIds: e?.blockedJudgeIds ?? [],
      };
    };
    return {
      round,
      settings: {
        presentationMinutes: p.settings.presentationMinutes || 7,
        interviewMinutes: p.settings.presentationMinutes ? p.settings.interviewMinutes : 13,
        breakMinutes: p.settings.breakMinutes,
        days: p.settings.days,
        saved: p.settings.presentationMinutes > 0,
      },
      publishedAt: round.schedule?.publishedAt ?? null,
      times: p.times.map((t) => ({ at: new Date(t), input: dateToWibInput(new Date(t)) })),
      minutes: p.minutes,
      panels: p.panels.map((panel) => ({
        ...panel,
        judges: panel.judgeIds.map((id) => ({ id, name: p.judgeNames[id] ?? "" })),
      })),
      judges: appointed.map((a) => ({ id: a.userId, name: a.judge.name })),
      slots: p.slots
        .map(slotOf)
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.room.localeCompare(b.room)),
      unplaced: p.entries
        .filter((e) => !placed.has(e.id))
        .map((e) => ({
          proposalId: e.id,
          title: e.title,
          unitName: e.unit.name,
          blockedJudgeIds: e.blockedJudgeIds,
          reason: reason.get(e.id) ?? null,
        })),
      entryCount: p.entries.length,
    };
  });
}
export type PresentationView = Awaited<ReturnType<typeof presentationView>>;

export async function siteVisitView(roundId: string) {
  return prisma.$transaction(async (tx) => {
    const round = found(await tx.round.findUnique({ where: { id: roundId }, select: roundSelect }), "Babak");
    const [appointed, entries, visits] = await Promise.all([
      tx.judgeAppointment.findMany({
        where: { roundId },
        orderBy: { judge: { name: "asc" } },
        select: { userId: true, judge: { select: { name: true } } },
      }),
      tx.roundEntry.findMany({
        where: scheduledEntryWhere(roundId),
        orderBy: { proposal: { title: "asc" } },
        select: { proposal: { select: { id: true, title: true, unit: { select: { name: true, path: true } } } } },
      }),
      tx.siteVisit.findMany({ where: { roundId }, include: { judges: { select: { judgeId: true } } } }),
    ]);
    const blocked = await blockedJudgesByProposal(
      tx,
      round.editionId,
      appointed.map((a) => a.userId),
      entries.map((e) => ({ proposalId: e.proposal.id, unitPath: e.proposal.unit.path })),
    );
    const visitOf = new Map(visits.map((v) => [v.proposalId, v]));
    const judgeName = new Map(appointed.map((a) => [a.userId, a.judge.name]));
    return {
      round,
      publishedAt: round.schedule?.publishedAt ?? null,
      judges: appointed.map((a) => ({ id: a.userId, name: a.judge.name })),
      entries: entries
        .map(({ proposal: e }) => {
          const v = visitOf.get(e.id);
          return {
            proposalId: e.id,
            title: e.title,
            unitName: e.unit.name,
            blockedJudgeIds: blocked.get(e.id) ?? [],
            visit: v
              ? {
                  visitDate: v.visitDate.toISOString().slice(0, 10),
                  judges: v.judges.map((j) => ({ id: j.judgeId, name: judgeName.get(j.judgeId) ?? "" })),
                  evaluators: storedEvaluators(v.evaluators),
                  note: v.note ?? "",
                }
              : null,
          };
        })
        .sort((a, b) => (a.visit?.visitDate ?? "9999").localeCompare(b.visit?.visitDate ?? "9999")),
    };
  });
}
export type SiteVisitView = Awaited<ReturnType<typeof siteVisitView>>;

/** The round's schedule for the secretariat, of whichever kind the round is. */
export async function roundSchedule(actor: Actor, roundId: string) {
  authorize(actor, "judging:manage");
  const round = found(await prisma.round.findUnique({ where: { id: roundId }, select: { kind: true } }), "Babak");
  if (round.kind === "SITE_VISIT") return { kind: "SITE_VISIT" as const, view: await siteVisitView(roundId) };
  if (round.kind === "PRESENTATION_INTERVIEW")
    return { kind: "PRESENTATION_INTERVIEW" as const, view: await presentationView(roundId) };
  return {
    kind: "DESK_EVALUATION" as const,
    round: found(await prisma.round.findUnique({ where: { id: roundId }, select: roundSelect }), "Babak"),
  };
}
export type RoundSchedule = Awaited<ReturnType<typeof roundSchedule>>;

/** What a unit sees of one entry: published presentation slots and visit dates, never the judges. */
export type UnitScheduleItem =
  | {
      kind: "PRESENTATION";
      roundName: string;
      proposalId: string;
      title: string;
      startsAt: Date;
      minutes: number;
      room: string;
    }
  | { kind: "SITE_VISIT"; roundName: string; proposalId: string; title: string; visitDate: Date };

async function publishedFor(
  where: { proposalId: string } | { proposal: { unit: { OR: { path: { startsWith: string } }[] } } },
) {
  const published = { schedule: { publishedAt: { not: null } } };
  const [slots, visits] = await Promise.all([
    prisma.presentationSlot.findMany({
      where: { ...where, round: published },
      orderBy: { startsAt: "asc" },
      select: {
        startsAt: true,
        minutes: true,
        room: true,
        round: { select: { name: true } },
        proposal: { select: { id: true, title: true } },
      },
    }),
    prisma.siteVisit.findMany({
      where: { ...where, round: published },
      orderBy: { visitDate: "asc" },
      select: { visitDate: true, round: { select: { name: true } }, proposal: { select: { id: true, title: true } } },
    }),
  ]);
  return [
    ...slots.map((s) => ({
      kind: "PRESENTATION" as const,
      roundName: s.round.name,
      proposalId: s.proposal.id,
      title: s.proposal.title,
      startsAt: s.startsAt,
      minutes: s.minutes,
      room: s.room,
    })),
    ...visits.map((v) => ({
      kind: "SITE_VISIT" as const,
      roundName: v.round.name,
      proposalId: v.proposal.id,
      title: v.proposal.title,
      visitDate: v.visitDate,
    })),
  ] satisfies UnitScheduleItem[];
}

/** One proposal's published schedule, for whoever may read the proposal (its unit's operators, admin lokal, admins). */
export async function proposalSchedule(actor: Actor, proposalId: string): Promise<UnitScheduleItem[]> {
  const p = await prisma.proposal.findUnique({
    where: { id: proposalId },
    select: { unit: { select: { path: true } } },
  });
  if (!p || !can(actor, "proposal:read", { unitPath: p.unit.path })) return [];
  return publishedFor({ proposalId });
}

/** Every published slot or visit of proposals in the actor's units, for the dashboard. */
export async function ownUnitSchedules(actor: Actor): Promise<UnitScheduleItem[]> {
  const prefixes = [...scopePrefixes(actor, "OPERATOR"), ...scopePrefixes(actor, "UNIT_ADMIN")];
  if (!prefixes.length) return [];
  return publishedFor({ proposal: { unit: { OR: prefixes.map((p) => ({ path: { startsWith: p } })) } } });
}
