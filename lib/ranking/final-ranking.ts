import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { formatTotal } from "@/lib/judging/weighted-total";
import { pageSlice } from "@/lib/pagination";
import { computeRoundRanking } from "./round-ranking";

// The combined final ranking of an edition (issue 11 item 1): each round's score (normalised where applied)
// weighted by the rounds' shares. The declared rule: an entry that reached a later round ranks above every
// entry that stopped earlier; among entries that reached the same round, the higher combined score — the
// share-weighted mean of the rounds it was scored in — ranks first; equal scores share a rank.

export type FinalEntry = {
  proposalId: string;
  rank: number;
  reached: number;
  combined: number;
  /** Each round the entry was scored in: its share, raw and normalised score, the score used, rank and tie-break. */
  parts: {
    roundId: string;
    name: string;
    share: number;
    score: number;
    raw: number | null;
    normalised: number | null;
    rank: number | null;
    tieBreak: string | null;
  }[];
  /** "60 % × 82,10 + 40 % × 75,00 = 79,26" */
  formula: string;
};

const EPSILON = 1e-6;

export async function computeFinalRanking(editionId: string) {
  const rounds = await prisma.round.findMany({
    where: { editionId, state: { not: "DRAFT" } },
    orderBy: { order: "asc" },
    select: { id: true, name: true, order: true, state: true },
  });
  const perRound = await Promise.all(rounds.map((r) => computeRoundRanking(prisma, r.id)));
  const byProposal = new Map<string, { reached: number; parts: FinalEntry["parts"] }>();
  perRound.forEach((ranking, i) => {
    for (const e of ranking.entries) {
      const row = byProposal.get(e.proposalId) ?? { reached: 0, parts: [] };
      row.reached = Math.max(row.reached, rounds[i]!.order);
      if (e.score !== null)
        row.parts.push({
          roundId: rounds[i]!.id,
          name: rounds[i]!.name,
          share: ranking.round.share,
          score: e.score,
          raw: e.raw,
          normalised: e.normalised,
          rank: e.rank,
          tieBreak: e.tieBreak,
        });
      byProposal.set(e.proposalId, row);
    }
  });
  const entries = [...byProposal]
    .filter(([, r]) => r.parts.length > 0)
    .map(([proposalId, r]) => {
      const shares = r.parts.reduce((s, p) => s + p.share, 0);
      const combined = shares > 0 ? r.parts.reduce((s, p) => s + p.share * p.score, 0) / shares : 0;
      const terms = r.parts.map((p) => `${formatTotal(p.share)} % × ${formatTotal(p.score)}`).join(" + ");
      const formula =
        Math.abs(shares - 100) < EPSILON
          ? `${terms} = ${formatTotal(combined)}`
          : `(${terms}) ÷ ${formatTotal(shares)} % = ${formatTotal(combined)}`;
      return { proposalId, reached: r.reached, combined, parts: r.parts, formula };
    })
    .sort((a, b) => b.reached - a.reached || b.combined - a.combined || (a.proposalId < b.proposalId ? -1 : 1));
  const ranked: FinalEntry[] = [];
  entries.forEach((e, i) => {
    const prev = ranked[i - 1];
    const same = prev && prev.reached === e.reached && Math.abs(prev.combined - e.combined) <= EPSILON;
    ranked.push({ ...e, rank: same ? prev.rank : i + 1 });
  });
  return {
    rounds: rounds.map((r, i) => ({ ...r, share: perRound[i]!.round.share, sealed: r.state === "SEALED" })),
    entries: ranked,
  };
}

async function editionFinalRanking(year: number | undefined) {
  const edition = await prisma.edition.findFirst({
    where: year ? { year } : { rounds: { some: { state: { not: "DRAFT" } } } },
    orderBy: { year: "desc" },
    select: { id: true, year: true },
  });
  if (!edition) return null;
  const final = await computeFinalRanking(edition.id);
  return { edition, ...final };
}

async function describe(ids: string[]) {
  const rows = await prisma.proposal.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, institution: { select: { name: true } } },
  });
  return new Map(rows.map((p) => [p.id, { title: p.title, institutionName: p.institution.name }]));
}

export const FINAL_RANKING_PAGE_SIZE = 50;

/** The combined ranking screen: one edition (the newest with a round under way unless `year` is given). */
export async function finalRankingView(actor: Actor, year: number | undefined, requestedPage = 1) {
  authorize(actor, "ranking:manage");
  const [final, editions] = await Promise.all([
    editionFinalRanking(year),
    prisma.edition.findMany({ orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  if (!final)
    return {
      edition: null,
      editions: editions.map((e) => e.year),
      rounds: [],
      rows: [],
      page: 1,
      pageCount: 1,
      total: 0,
    };
  const slice = pageSlice(final.entries.length, requestedPage, FINAL_RANKING_PAGE_SIZE);
  const shown = final.entries.slice(slice.skip, slice.skip + slice.take);
  const info = await describe(shown.map((e) => e.proposalId));
  return {
    edition: final.edition,
    editions: editions.map((e) => e.year),
    rounds: final.rounds,
    rows: shown.map((e) => ({
      ...e,
      title: info.get(e.proposalId)?.title ?? "—",
      institutionName: info.get(e.proposalId)?.institutionName ?? "—",
    })),
    page: slice.page,
    pageCount: slice.pageCount,
    total: final.entries.length,
  };
}
export type FinalRankingView = Awaited<ReturnType<typeof finalRankingView>>;

const num = (n: number | null | undefined) => (n === null || n === undefined ? "" : formatTotal(n));

/** The combined ranking as rows for CSV/XLSX: per round raw, normalised, rank; titles neutralised by the writer. */
export async function finalRankingExportRows(actor: Actor, year: number | undefined) {
  authorize(actor, "ranking:manage");
  const final = await editionFinalRanking(year);
  if (!final) throw notFound("Edisi");
  const info = await describe(final.entries.map((e) => e.proposalId));
  const header = [
    "Peringkat akhir",
    "Judul usulan",
    "Instansi",
    "Nilai gabungan",
    "Rumus",
    ...final.rounds.flatMap((r) => [
      `${r.name}: bobot (%)`,
      `${r.name}: nilai mentah`,
      `${r.name}: nilai ternormalisasi`,
      `${r.name}: peringkat`,
      `${r.name}: penentu seri`,
    ]),
  ];
  const rows = final.entries.map((e) => {
    const i = info.get(e.proposalId);
    return [
      String(e.rank),
      i?.title ?? "—",
      i?.institutionName ?? "—",
      formatTotal(e.combined),
      e.formula,
      ...final.rounds.flatMap((r) => {
        const p = e.parts.find((x) => x.roundId === r.id);
        return [num(r.share), num(p?.raw), num(p?.normalised), p?.rank ? String(p.rank) : "", p?.tieBreak ?? ""];
      }),
    ];
  });
  return { fileBase: `peringkat-akhir-${final.edition.year}`, rows: [header, ...rows] };
}
