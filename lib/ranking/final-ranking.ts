import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { formatTotal } from "@/lib/judging/weighted-total";
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
  parts: { roundId: string; name: string; share: number; score: number }[];
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
        row.parts.push({ roundId: rounds[i]!.id, name: rounds[i]!.name, share: ranking.round.share, score: e.score });
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

export async function finalRankingView(actor: Actor, year: number | undefined) {
  authorize(actor, "ranking:manage");
  const edition = await prisma.edition.findFirst({
    where: year ? { year } : {},
    orderBy: { year: "desc" },
    select: { id: true, year: true },
  });
  if (!edition) return null;
  const final = await computeFinalRanking(edition.id);
  const info = await prisma.proposal.findMany({
    where: { id: { in: final.entries.map((e) => e.proposalId) } },
    select: { id: true, title: true, institution: { select: { name: true } } },
  });
  const byId = new Map(info.map((p) => [p.id, p]));
  return {
    edition,
    rounds: final.rounds,
    rows: final.entries.map((e) => ({
      ...e,
      title: byId.get(e.proposalId)?.title ?? "—",
      institutionName: byId.get(e.proposalId)?.institution.name ?? "—",
    })),
  };
}
