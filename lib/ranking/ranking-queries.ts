import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { pageSlice } from "@/lib/pagination";
import { formatTotal } from "@/lib/judging/weighted-total";
import { kindGroup, regionGroup } from "./advancing";
import { BALANCE_KIND_LABEL } from "./advancement";
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
  const [info, judges, notes, advancement, problems] = await Promise.all([
    describe([...new Set([...shown.map((e) => e.proposalId), ...divergentIds])]),
    prisma.user.findMany({
      where: { id: { in: ranking.judges.map((j) => j.judgeId) } },
      select: { id: true, name: true },
    }),
    prisma.consolidation.findMany({
      where: { roundId },
      select: { proposalId: true, outcome: true, note: true, createdAt: true },
    }),
    prisma.advancement.findUnique({ where: { roundId } }),
    prisma.$transaction((tx) => sealingProblems(tx, roundId)),
  ]);
  const judgeName = new Map(judges.map((j) => [j.id, j.name]));
  const noteOf = new Map(notes.map((n) => [n.proposalId, n]));
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
      .map((j) => ({ ...j, name: judgeName.get(j.judgeId) ?? "—" }))
      .sort((a, b) => (a.harshness ?? 0) - (b.harshness ?? 0)),
    divergent: ranking.divergent.map((d) => ({
      ...d,
      title: info.get(d.entryId)?.title ?? "—",
      consolidation: noteOf.get(d.entryId) ?? null,
    })),
    advancement,
    sealingProblems: problems,
    groups: {
      kinds: Object.entries(BALANCE_KIND_LABEL).map(([value, label]) => ({ value, label })),
      regions: [...new Set([...info.values()].map((i) => i.region))].sort(),
    },
  };
}
export type RoundRankingView = Awaited<ReturnType<typeof roundRankingView>>;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
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
    fileBase: `peringkat-${ranking.round.edition.year}-${slug(ranking.round.name)}`,
    rows: [header, ...rows],
  };
}
