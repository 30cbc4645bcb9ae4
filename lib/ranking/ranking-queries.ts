import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { pageSlice } from "@/lib/pagination";
import { fileSlug } from "@/lib/format/file-name";
import { formatTotal } from "@/lib/judging/weighted-total";
import { kindGroup, regionGroup } from "./advancing";
import { BALANCE_KIND_LABEL, type Adjustment, type BalanceRule } from "./advancement";
import { sealingProblems } from "./closing";
import { computeRoundRanking, type RankedEntry } from "./round-ranking";

// What the ranking screens and the export read: the computed ranking joined to titles and institutions (only
// for the rows shown), judge names, consolidation notes and the advancement decision.

export const STATE_LABEL: Record<RankedEntry["state"], string> = {
  IN: "Dinilai",
  ADVANCED: "Lolos",
  ELIMINATED: "Tidak lolos",
};

async function describe(proposalIds: string[]) {
  const rows = await prisma.proposal.findMany({
    where: { id: { in: proposalIds } },
    select: {
      id: true,
      title: true,
      unit: { select: { name: true } },
      institution: { select: { name: true, kind: true } },
    },
  });
  return new Map(
    rows.map((p) => [
      p.id,
      {
        title: p.title,
        unitName: p.unit.name,
        institutionName: p.institution.name,
        kind: BALANCE_KIND_LABEL[kindGroup(p.institution.kind)]!,
        region: regionGroup(p.institution),
      },
    ]),
  );
}

export const RANKING_PAGE_SIZE = 50;

export async function roundRankingView(actor: Actor, roundId: string, requestedPage: number) {
  authorize(actor, "ranking:manage");
  const ranking = await computeRoundRanking(prisma, roundId);
  const slice = pageSlice(ranking.entries.length, requestedPage, RANKING_PAGE_SIZE);
  const shown = ranking.entries.slice(slice.skip, slice.skip + slice.take);
  const divergentIds = ranking.divergent.map((d) => d.entryId);
  const sealed = ranking.round.state === "SEALED";
  // Once sealed, the advancement form lists every ranked entry (hand-picking) and names the moved ones.
  const ranked = sealed ? ranking.entries.filter((e) => e.rank !== null) : [];
  const [advancement, round, nextRound] = await Promise.all([
    prisma.advancement.findUnique({ where: { roundId } }),
    prisma.round.findUniqueOrThrow({ where: { id: roundId }, select: { sealedById: true } }),
    prisma.round.findFirst({
      where: { editionId: ranking.round.editionId, order: { gt: ranking.round.order } },
      orderBy: { order: "asc" },
      select: { id: true, name: true, state: true },
    }),
  ]);
  const adjustments = (advancement?.adjustments ?? []) as Adjustment[];
  const people = [round.sealedById, advancement?.decidedById].filter((id): id is string => !!id);
  const [info, users, notes, problems] = await Promise.all([
    describe([
      ...new Set([
        ...shown.map((e) => e.proposalId),
        ...divergentIds,
        ...ranked.map((e) => e.proposalId),
        ...adjustments.map((a) => a.proposalId),
      ]),
    ]),
    prisma.user.findMany({
      where: { id: { in: [...ranking.judges.map((j) => j.judgeId), ...people] } },
      select: { id: true, name: true },
    }),
    prisma.consolidation.findMany({
      where: { roundId },
      select: { proposalId: true, outcome: true, note: true, createdAt: true, createdById: true },
    }),
    sealingProblems(prisma, roundId, ranking),
  ]);
  const userName = new Map(users.map((j) => [j.id, j.name]));
  const noteOf = new Map(notes.map((n) => [n.proposalId, n]));
  const title = (id: string) => info.get(id)?.title ?? "—";
  return {
    round: ranking.round,
    method: ranking.method,
    asked: ranking.asked,
    warning: ranking.warning,
    cut: ranking.cut,
    total: ranking.entries.length,
    scored: ranking.entries.filter((e) => e.rank !== null).length,
    page: slice.page,
    pageCount: slice.pageCount,
    rows: shown.map((e) => ({ ...e, ...info.get(e.proposalId)! })),
    judges: ranking.judges
      .map((j) => ({ ...j, name: userName.get(j.judgeId) ?? "—" }))
      .sort((a, b) => (a.harshness ?? 0) - (b.harshness ?? 0)),
    divergent: ranking.divergent.map((d) => ({
      ...d,
      title: title(d.entryId),
      consolidation: noteOf.get(d.entryId) ?? null,
    })),
    sealedBy: round.sealedById ? (userName.get(round.sealedById) ?? "—") : null,
    advancement: advancement && {
      rule: advancement.rule,
      topN: advancement.topN,
      passingGrade: advancement.passingGrade?.toNumber() ?? null,
      balance: advancement.balance as BalanceRule[],
      adjustments: adjustments.map((a) => ({ ...a, title: title(a.proposalId) })),
      note: advancement.note,
      decidedAt: advancement.decidedAt,
      decidedBy: advancement.decidedById ? (userName.get(advancement.decidedById) ?? "—") : "—",
      advanced: ranking.entries.filter((e) => e.state === "ADVANCED").length,
    },
    /** The next round, and whether the decision may still change (it stands once that round opened). */
    nextRound,
    candidates: ranked.map((e) => ({
      proposalId: e.proposalId,
      rank: e.rank!,
      score: e.score!,
      title: title(e.proposalId),
    })),
    sealingProblems: problems,
    groups: {
      kinds: Object.entries(BALANCE_KIND_LABEL).map(([value, label]) => ({ value, label })),
      regions: [...new Set([...info.values()].map((i) => i.region))].sort(),
    },
  };
}
export type RoundRankingView = Awaited<ReturnType<typeof roundRankingView>>;

const num = (n: number | null) => (n === null ? "" : formatTotal(n));

/** The whole ranking as rows for CSV/XLSX, in the screen's words; titles are neutralised by the writer. */
export async function rankingExportRows(actor: Actor, roundId: string) {
  authorize(actor, "ranking:manage");
  const ranking = await computeRoundRanking(prisma, roundId);
  const info = await describe(ranking.entries.map((e) => e.proposalId));
  const header = [
    "Peringkat",
    "Judul usulan",
    "Unit",
    "Instansi",
    "Nilai mentah",
    "Nilai ternormalisasi",
    "Nilai yang dipakai",
    "Lembar nilai",
    "Jarak ke batas",
    "Penentu seri",
    "Status",
  ];
  const rows = ranking.entries.map((e) => {
    const i = info.get(e.proposalId)!;
    return [
      e.rank === null ? "—" : String(e.rank),
      i.title,
      i.unitName,
      i.institutionName,
      num(e.raw),
      num(e.normalised),
      num(e.score),
      `${e.sheets} dari ${e.assigned}`,
      num(e.distanceToCut),
      e.tieBreak ?? "",
      STATE_LABEL[e.state],
    ];
  });
  return {
    fileBase: `peringkat-${ranking.round.edition.year}-${fileSlug(ranking.round.name, "babak")}`,
    rows: [header, ...rows],
  };
}
