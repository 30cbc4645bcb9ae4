import "server-only";
import { prisma } from "@/lib/db";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import { currentStage, STAGE_LABEL, STAGE_ORDER } from "@/lib/nominations/rules";
import { editionVisibility, publicEditionYears, publicLinesWhere } from "@/lib/public-site/visibility";
import { REGIONS } from "@/lib/units/names";

// The public statistics: only editions whose statistics are published (Publication.statisticsPublished), and
// within one, the later stages only as far as they are public (finalists, winners and national outcomes follow
// lib/public-site/visibility.ts). Counts only: no entry is named here.

/** Statuses of a proposal that reached the province (the administrative check's input). */
export const REACHED_PROVINCE: ProposalStatus[] = [
  "SUBMITTED",
  "PASSED",
  "FAILED",
  "RETURNED_FOR_CORRECTION",
  "RESUBMITTED",
];

export type Bar = { key: string; label: string; value: number };

export async function statisticsYears(now = new Date()): Promise<number[]> {
  const years: number[] = [];
  for (const y of await publicEditionYears(now))
    if ((await editionVisibility(y, now))?.statisticsVisible) years.push(y);
  return years;
}

export async function publicStatistics(requestedYear: number | undefined, now = new Date()) {
  const years = await statisticsYears(now);
  if (!years.length) return null;
  const year = requestedYear && years.includes(requestedYear) ? requestedYear : years[0]!;
  const v = (await editionVisibility(year, now))!;

  const perYear = await prisma.proposal.groupBy({
    by: ["editionId"],
    where: { edition: { year: { in: years } }, status: { in: REACHED_PROVINCE } },
    _count: { _all: true },
  });
  const editions = await prisma.edition.findMany({ where: { year: { in: years } }, select: { id: true, year: true } });
  const entriesPerYear: Bar[] = editions
    .sort((a, b) => a.year - b.year)
    .map((e) => ({
      key: String(e.year),
      label: String(e.year),
      value: perYear.find((p) => p.editionId === e.id)?._count._all ?? 0,
    }));

  const reached = { editionId: v.editionId, status: { in: REACHED_PROVINCE } };
  const byInstitution = await prisma.proposal.groupBy({
    by: ["institutionId"],
    where: reached,
    _count: { _all: true },
  });
  const institutions = await prisma.unit.findMany({
    where: { id: { in: byInstitution.map((b) => b.institutionId) } },
    select: { id: true, kind: true, regionCode: true },
  });
  const regionCount = new Map<string, number>();
  let provincial = 0;
  let bumd = 0;
  for (const b of byInstitution) {
    const u = institutions.find((i) => i.id === b.institutionId);
    const n = b._count._all;
    if ((u?.kind === "KABUPATEN" || u?.kind === "KOTA") && u.regionCode)
      regionCount.set(u.regionCode, (regionCount.get(u.regionCode) ?? 0) + n);
    else if (u?.kind === "BUMD") bumd += n;
    else provincial += n;
  }
  const regions = REGIONS.map((r) => ({ ...r, value: regionCount.get(r.code) ?? 0 }));

  const byCategory = await prisma.proposal.groupBy({ by: ["categoryId"], where: reached, _count: { _all: true } });
  const categories = await prisma.category.findMany({
    where: { editionId: v.editionId },
    select: { id: true, name: true },
    orderBy: { order: "asc" },
  });
  const perCategory: Bar[] = [
    ...categories.map((c) => ({
      key: c.id,
      label: c.name,
      value: byCategory.find((b) => b.categoryId === c.id)?._count._all ?? 0,
    })),
    ...(byCategory.some((b) => b.categoryId === null)
      ? [{ key: "none", label: "Tanpa kategori", value: byCategory.find((b) => b.categoryId === null)!._count._all }]
      : []),
  ];

  return { years, year, entriesPerYear, regions, provincial, bumd, perCategory, stages: await stageCounts(v) };
}

type Visibility = NonNullable<Awaited<ReturnType<typeof editionVisibility>>>;

/** How many entries passed each stage, as far as the stages are public. */
async function stageCounts(v: Visibility): Promise<Bar[]> {
  const count = (status: ProposalStatus[]) =>
    prisma.proposal.count({ where: { editionId: v.editionId, status: { in: status } } });
  const bars: Bar[] = [
    { key: "submitted", label: "Dikirim ke provinsi", value: await count(REACHED_PROVINCE) },
    { key: "passed", label: "Lolos seleksi administrasi", value: await count(["PASSED"]) },
  ];
  const lines = publicLinesWhere(v);
  if (!lines) return bars;
  const rounds = await prisma.round.findMany({
    where: { editionId: v.editionId },
    orderBy: { order: "asc" },
    select: { id: true, name: true, _count: { select: { entries: true } } },
  });
  for (const r of rounds) bars.push({ key: `round-${r.id}`, label: `Dinilai: ${r.name}`, value: r._count.entries });
  bars.push({ key: "finalists", label: "Finalis", value: await prisma.resultLine.count({ where: lines }) });
  if (!v.winnersVisible || !v.resultId) return bars;
  const winners = await prisma.award.findMany({
    where: { resultId: v.resultId, proposal: { publicHidden: false } },
    distinct: ["proposalId"],
    select: { proposalId: true },
  });
  bars.push({ key: "awards", label: "Peraih penghargaan", value: winners.length });
  const nominations = await prisma.nomination.findMany({
    where: { proposal: { editionId: v.editionId, publicHidden: false } },
    select: { outcomes: { select: { stage: true } } },
  });
  bars.push({ key: "kipp", label: "Dinominasikan ke KIPP", value: nominations.length });
  for (const stage of STAGE_ORDER.slice(1)) {
    const reachedStage = nominations.filter((n) => {
      const c = currentStage(n.outcomes);
      const best = c === "NOT_ADVANCED" ? bestBeforeExit(n.outcomes) : c;
      return best !== null && STAGE_ORDER.indexOf(best) >= STAGE_ORDER.indexOf(stage);
    }).length;
    bars.push({ key: `kipp-${stage}`, label: `KIPP: ${STAGE_LABEL[stage]}`, value: reachedStage });
  }
  return bars;
}

function bestBeforeExit(history: { stage: (typeof STAGE_ORDER)[number] | "NOT_ADVANCED" }[]) {
  return currentStage(history.filter((h) => h.stage !== "NOT_ADVANCED"));
}

export type PublicStatistics = NonNullable<Awaited<ReturnType<typeof publicStatistics>>>;
