import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import {
  editionVisibility,
  publicEditionYears,
  publicLinesWhere,
  type EditionVisibility,
} from "@/lib/public-site/visibility";
import { confirmationBlockers } from "./confirmation";
import { windowOpen } from "./objections";

// What the results screens read: the secretariat's /admin/hasil and /admin/hasil/sanggahan, and the units'
// /sanggahan. The certificates of a unit are in certificates.ts (they go through the public visibility rule).

async function editionFor(year: number | undefined) {
  const [edition, years] = await Promise.all([
    prisma.edition.findFirst({
      where: year ? { year } : {},
      orderBy: { year: "desc" },
      select: { id: true, year: true, theme: true, topN: true, publication: true },
    }),
    prisma.edition.findMany({ orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  return edition ? { edition, editionYears: years.map((e) => e.year) } : null;
}

export async function resultsAdminView(actor: Actor, year: number | undefined, now = new Date()) {
  authorize(actor, "result:manage");
  const found = await editionFor(year);
  if (!found) return null;
  const { edition, editionYears } = found;
  const [versions, unsealed, objections, blockers] = await Promise.all([
    prisma.result.findMany({
      where: { editionId: edition.id },
      orderBy: { version: "desc" },
      select: {
        id: true,
        version: true,
        createdAt: true,
        confirmedAt: true,
        confirmedBy: { select: { name: true } },
        minutesKey: true,
        supersedes: { select: { version: true } },
        correctionReason: true,
        publishedAt: true,
        _count: { select: { lines: true, awards: true } },
      },
    }),
    prisma.round.findMany({
      where: { editionId: edition.id, state: { notIn: ["DRAFT", "SEALED"] } },
      orderBy: { order: "asc" },
      select: { name: true },
    }),
    prisma.objection.groupBy({ by: ["decision"], where: { editionId: edition.id }, _count: true }),
    confirmationBlockers(prisma, edition.id, now),
  ]);
  const newest = versions[0] ?? null;
  const proposal = { select: { id: true, title: true, institution: { select: { name: true } } } } as const;
  const [lines, participants, awards] = newest
    ? await Promise.all([
        prisma.resultLine.findMany({
          where: { resultId: newest.id, tier: { in: ["TOP_N", "FINALIST"] } },
          orderBy: [{ rank: "asc" }, { proposalId: "asc" }],
          select: { rank: true, finalScore: true, explanation: true, proposal },
        }),
        prisma.resultLine.findMany({
          where: { resultId: newest.id, tier: "PARTICIPANT" },
          orderBy: [{ rank: "asc" }, { proposalId: "asc" }],
          select: { rank: true, finalScore: true, explanation: true, proposal },
        }),
        prisma.award.findMany({
          where: { resultId: newest.id },
          orderBy: [{ order: "asc" }, { name: "asc" }],
          select: { id: true, name: true, certificateCode: true, proposal },
        }),
      ])
    : [[], [], []];
  const pub = edition.publication;
  const count = (d: "PENDING" | "UPHELD" | "REJECTED") => objections.find((o) => o.decision === d)?._count ?? 0;
  const explain = (e: unknown) => (e ?? {}) as { formula?: string; excludedByObjection?: string[] };
  const row = (l: (typeof lines)[number]) => ({
    rank: l.rank,
    score: l.finalScore.toNumber(),
    formula: explain(l.explanation).formula ?? "",
    excluded: (explain(l.explanation).excludedByObjection ?? []).length > 0,
    proposalId: l.proposal.id,
    title: l.proposal.title,
    institution: l.proposal.institution.name,
  });
  return {
    edition: { id: edition.id, year: edition.year, theme: edition.theme, topN: edition.topN },
    editionYears,
    unsealed: unsealed.map((r) => r.name),
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      createdAt: v.createdAt,
      confirmedAt: v.confirmedAt,
      confirmedBy: v.confirmedBy?.name ?? null,
      hasMinutes: v.minutesKey !== null,
      supersedes: v.supersedes?.version ?? null,
      correctionReason: v.correctionReason,
      publishedAt: v.publishedAt,
      lines: v._count.lines,
      awards: v._count.awards,
      inForce: v.confirmedAt !== null && v.id === versions.find((x) => x.confirmedAt)?.id,
    })),
    newest: newest && { id: newest.id, version: newest.version, draft: newest.confirmedAt === null },
    finalists: lines.map(row),
    participants: participants.map(row),
    awards: awards.map((a) => ({
      id: a.id,
      name: a.name,
      code: a.certificateCode,
      title: a.proposal.title,
      institution: a.proposal.institution.name,
    })),
    publication: {
      finalistsPublishedAt: pub?.finalistsPublishedAt ?? null,
      objectionOpensAt: pub?.objectionOpensAt ?? null,
      objectionClosesAt: pub?.objectionClosesAt ?? null,
      windowOpen: pub ? windowOpen(pub, now) : false,
      winnersPublishedAt: pub?.winnersPublishedAt ?? null,
    },
    objections: { pending: count("PENDING"), upheld: count("UPHELD"), rejected: count("REJECTED") },
    blockers,
  };
}
export type ResultsAdminView = NonNullable<Awaited<ReturnType<typeof resultsAdminView>>>;

export async function objectionsAdminView(actor: Actor, year: number | undefined) {
  authorize(actor, "result:manage");
  const found = await editionFor(year);
  if (!found) return null;
  const rows = await prisma.objection.findMany({
    where: { editionId: found.edition.id },
    orderBy: [{ decision: "asc" }, { lodgedAt: "asc" }],
    select: {
      id: true,
      reason: true,
      lodgedAt: true,
      decision: true,
      decisionNote: true,
      decidedAt: true,
      evidenceFileName: true,
      proposal: { select: { title: true, institution: { select: { name: true } } } },
      unit: { select: { name: true } },
      lodgedBy: { select: { name: true } },
      decidedBy: { select: { name: true } },
    },
  });
  return { year: found.edition.year, editionYears: found.editionYears, objections: rows };
}

/** The units' objection screen: the newest edition whose finalists are announced, its window, one's own objections. */
export async function unitObjectionView(actor: Actor, now = new Date()) {
  authorize(actor, "objection:lodge");
  const mine = await prisma.objection.findMany({
    where: { lodgedById: actor.id },
    orderBy: { lodgedAt: "desc" },
    select: {
      id: true,
      reason: true,
      lodgedAt: true,
      decision: true,
      decisionNote: true,
      decidedAt: true,
      evidenceFileName: true,
      proposal: { select: { title: true } },
      unit: { select: { name: true } },
    },
  });
  const units = actor.memberships.map((m) => ({ id: m.unitId, name: m.unitName }));
  // The edition whose window is open now, else the newest with announced finalists.
  const shown: { v: EditionVisibility; where: NonNullable<ReturnType<typeof publicLinesWhere>> }[] = [];
  for (const year of await publicEditionYears(now)) {
    const v = await editionVisibility(year, now);
    const where = v && publicLinesWhere(v);
    if (v && where) shown.push({ v, where });
  }
  const pick = shown.find((s) => windowOpen(s.v, now)) ?? shown[0];
  if (pick) {
    const { v, where } = pick;
    const finalists = await prisma.resultLine.findMany({
      where,
      orderBy: { proposal: { title: "asc" } },
      select: { proposal: { select: { id: true, title: true, institution: { select: { name: true } } } } },
    });
    return {
      year: v.year as number | null,
      opensAt: v.objectionOpensAt,
      closesAt: v.objectionClosesAt,
      open: windowOpen(v, now),
      finalists: finalists.map((f) => ({
        id: f.proposal.id,
        title: f.proposal.title,
        institution: f.proposal.institution.name,
      })),
      mine,
      units,
    };
  }
  return { year: null, opensAt: null, closesAt: null, open: false, finalists: [], mine, units };
}
export type UnitObjectionView = Awaited<ReturnType<typeof unitObjectionView>>;
