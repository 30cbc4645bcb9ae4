import "server-only";
import { prisma } from "@/lib/db";

/**
 * The one rule for what of an edition the public may see. Every public page, the sitemap, open data and the
 * certificate verification read through here; nothing public queries Result or ResultLine on its own.
 *
 * - The result version on show is the newest confirmed one (a correction in progress stays private); before
 *   any confirmation, the newest draft — the one whose finalists may be announced for the objection window.
 * - Finalists (lines with tier TOP_N or FINALIST) are visible once `finalistsPublishedAt` has passed.
 * - Winners (ranks, awards, final scores) are visible once `winnersPublishedAt` has passed *and* the version on
 *   show is confirmed.
 * - An entry the admins withheld (`Proposal.publicHidden`) is never shown.
 */
export type EditionVisibility = {
  editionId: string;
  year: number;
  resultId: string | null;
  resultVersion: number | null;
  resultConfirmed: boolean;
  finalistsVisible: boolean;
  winnersVisible: boolean;
  statisticsVisible: boolean;
  objectionOpensAt: Date | null;
  objectionClosesAt: Date | null;
};

export async function editionVisibility(year: number, now = new Date()): Promise<EditionVisibility | null> {
  const edition = await prisma.edition.findUnique({
    where: { year },
    select: {
      id: true,
      year: true,
      publication: true,
      results: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, confirmedAt: true },
      },
    },
  });
  if (!edition) return null;
  const shown = edition.results.find((r) => r.confirmedAt !== null) ?? edition.results[0] ?? null;
  const pub = edition.publication;
  const passed = (at: Date | null | undefined) => !!at && at.getTime() <= now.getTime();
  const confirmed = !!shown?.confirmedAt;
  return {
    editionId: edition.id,
    year: edition.year,
    resultId: shown?.id ?? null,
    resultVersion: shown?.version ?? null,
    resultConfirmed: confirmed,
    finalistsVisible: !!shown && passed(pub?.finalistsPublishedAt),
    winnersVisible: !!shown && confirmed && passed(pub?.winnersPublishedAt),
    statisticsVisible: pub?.statisticsPublished ?? false,
    objectionOpensAt: pub?.objectionOpensAt ?? null,
    objectionClosesAt: pub?.objectionClosesAt ?? null,
  };
}

/** Editions with anything public, newest first. */
export async function publicEditionYears(now = new Date()): Promise<number[]> {
  const rows = await prisma.publication.findMany({
    where: {
      OR: [{ finalistsPublishedAt: { lte: now } }, { winnersPublishedAt: { lte: now } }, { statisticsPublished: true }],
    },
    select: { edition: { select: { year: true } } },
  });
  return rows.map((r) => r.edition.year).sort((a, b) => b - a);
}

/** The Prisma filter for the result lines the public may see in an edition (empty when nothing is public). */
export function publicLinesWhere(v: EditionVisibility) {
  if (!v.resultId || !v.finalistsVisible) return null;
  return {
    resultId: v.resultId,
    tier: { in: ["TOP_N" as const, "FINALIST" as const] },
    proposal: { publicHidden: false },
  };
}
