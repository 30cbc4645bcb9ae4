import "server-only";
import { prisma } from "@/lib/db";
import { workingEditionQuery } from "@/lib/editions/working-edition";
import { dateToWibInput } from "@/lib/format/wib-input";
import { percentTotal } from "./round-rules";
import type { RubricLevel } from "./rubric-presets";
import { openingProblems } from "./rounds";

// What the secretariat's judging screens read: the rounds of an edition, and one round with its rubric.

const percentOf = (d: { toNumber(): number }) => Math.round(d.toNumber() * 10_000) / 100;

/**
 * The rounds of the edition named by `year`, or of the working edition (the newest that is not a draft), or
 * of the newest edition when every one is still a draft; null when there is no edition at all.
 */
export async function getRoundsOverview(year?: number) {
  const select = {
    id: true,
    year: true,
    theme: true,
    status: true,
    registrationClosesAt: true,
    announcementAt: true,
    rounds: {
      orderBy: { order: "asc" },
      select: {
        id: true,
        order: true,
        name: true,
        kind: true,
        state: true,
        opensAt: true,
        closesAt: true,
        weight: true,
        panelMode: true,
        judgesPerEntry: true,
        criteria: { select: { weight: true } },
        _count: { select: { appointments: true, entries: true } },
      },
    },
  } as const;
  const edition =
    year !== undefined
      ? await prisma.edition.findUnique({ where: { year }, select })
      : ((await prisma.edition.findFirst({ ...workingEditionQuery, select })) ??
        (await prisma.edition.findFirst({ orderBy: { year: "desc" }, select })));
  if (!edition) return null;
  const editions = await prisma.edition.findMany({ orderBy: { year: "desc" }, select: { year: true } });
  const { rounds: stored, ...editionInfo } = edition;
  const rounds = stored.map(({ criteria, weight, _count, ...r }) => ({
    ...r,
    sharePercent: percentOf(weight),
    criteria: criteria.length,
    criteriaTotal: percentTotal(criteria.map((c) => c.weight.toNumber())),
    appointments: _count.appointments,
    entries: _count.entries,
  }));
  return {
    edition: editionInfo,
    editionYears: editions.map((e) => e.year),
    rounds,
    shareTotal: percentTotal(rounds.map((r) => r.sharePercent)),
  };
}
export type RoundsOverview = NonNullable<Awaited<ReturnType<typeof getRoundsOverview>>>;

/** One round for its settings page: the form's values in WIB input text, the rubric, and what blocks opening. */
export async function getRoundDetail(roundId: string) {
  const round = await prisma.round.findUnique({
    where: { id: roundId },
    include: {
      edition: { select: { id: true, year: true, registrationClosesAt: true, announcementAt: true } },
      criteria: { orderBy: { order: "asc" } },
    },
  });
  if (!round) return null;
  const problems = round.state === "DRAFT" ? await prisma.$transaction((tx) => openingProblems(tx, round.id)) : [];
  return {
    id: round.id,
    order: round.order,
    name: round.name,
    state: round.state,
    edition: round.edition,
    settings: {
      name: round.name,
      kind: round.kind,
      opensAt: dateToWibInput(round.opensAt),
      closesAt: dateToWibInput(round.closesAt),
      entrySource: round.entrySource,
      panelMode: round.panelMode,
      judgesPerEntry: round.judgesPerEntry,
      sharePercent: percentOf(round.weight),
      normalisation: round.normalisation,
      anonymised: round.anonymised,
      advanceCount: round.advanceCount,
    },
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    criteria: round.criteria.map((c) => ({
      name: c.name,
      description: c.description ?? "",
      weight: c.weight.toNumber(),
      scaleMin: c.scaleMin,
      scaleMax: c.scaleMax,
      levels: (Array.isArray(c.levels) ? c.levels : []) as RubricLevel[],
    })),
    openingProblems: problems,
  };
}
export type RoundDetail = NonNullable<Awaited<ReturnType<typeof getRoundDetail>>>;

/** The round's name and state for the header of its pages. */
export async function getRoundHeader(roundId: string) {
  return prisma.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      state: true,
      kind: true,
      opensAt: true,
      closesAt: true,
      edition: { select: { year: true } },
    },
  });
}
