import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { NationalStage } from "@/lib/generated/prisma/enums";
import { editionVisibility } from "@/lib/public-site/visibility";
import { confirmedResultOf, nationalChecks } from "./nominations";
import { currentStage, STAGE_LABEL, STAGE_ORDER } from "./rules";

// What the KIPP screen shows: an edition's winners (Top N of its confirmed result, with their awards), each with
// the national rules as they stand today or, once nominated, its nomination and national outcome history.

export async function kippBoard(actor: Actor, requestedYear?: number, now = new Date()) {
  authorize(actor, "nomination:manage");
  const editions = await prisma.edition.findMany({
    where: { results: { some: { confirmedAt: { not: null } } } },
    select: { id: true, year: true, nationalQuotaPerInstitution: true },
    orderBy: { year: "desc" },
  });
  const edition = editions.find((e) => e.year === requestedYear) ?? editions[0];
  if (!edition) return { years: [], edition: null, candidates: [], quota: [] };
  const result = (await confirmedResultOf(prisma, edition.id))!;
  const lines = await prisma.resultLine.findMany({
    where: {
      resultId: result.id,
      OR: [{ tier: "TOP_N" }, { proposal: { awards: { some: { resultId: result.id } } } }],
    },
    orderBy: { rank: "asc" },
    select: {
      rank: true,
      proposal: {
        select: {
          id: true,
          title: true,
          implementationStartedOn: true,
          unit: { select: { name: true } },
          institution: { select: { id: true, name: true } },
          awards: { where: { resultId: result.id }, select: { name: true }, orderBy: { order: "asc" } },
          nomination: {
            select: {
              id: true,
              nominatedAt: true,
              sinovikRef: true,
              checks: true,
              outcomes: {
                orderBy: [{ at: "asc" }, { id: "asc" }],
                select: { id: true, stage: true, at: true, note: true },
              },
            },
          },
        },
      },
    },
  });
  const open = lines.filter((l) => !l.proposal.nomination).map((l) => l.proposal.id);
  const checks = await nationalChecks(prisma, edition.id, open, now);
  const candidates = lines.map((l) => ({
    rank: l.rank,
    ...l.proposal,
    awards: l.proposal.awards.map((a) => a.name),
    checks: checks.get(l.proposal.id) ?? null,
    stage: l.proposal.nomination ? currentStage(l.proposal.nomination.outcomes) : null,
  }));
  const byInstitution = new Map<string, { name: string; used: number }>();
  for (const c of candidates) {
    if (!c.nomination) continue;
    const entry = byInstitution.get(c.institution.id) ?? { name: c.institution.name, used: 0 };
    entry.used++;
    byInstitution.set(c.institution.id, entry);
  }
  return {
    years: editions.map((e) => e.year),
    edition: { ...edition, resultVersion: result.version },
    candidates,
    quota: [...byInstitution.values()].map((q) => ({ ...q, max: edition.nationalQuotaPerInstitution })),
  };
}

export type KippBoard = Awaited<ReturnType<typeof kippBoard>>;
export type KippCandidate = KippBoard["candidates"][number];

export type NationalOutcome = {
  stage: NationalStage;
  label: string;
  history: { stage: NationalStage; label: string; at: Date }[];
};

/**
 * For the innovation's public page: the national outcome of a proposal's nomination, or null when it was not
 * nominated or its edition's winners are not public (read through lib/public-site/visibility.ts).
 */
export async function nationalOutcomeFor(proposalId: string, now = new Date()): Promise<NationalOutcome | null> {
  const p = await prisma.proposal.findUnique({
    where: { id: proposalId },
    select: {
      publicHidden: true,
      edition: { select: { year: true } },
      nomination: { select: { outcomes: { orderBy: { at: "asc" }, select: { stage: true, at: true } } } },
    },
  });
  if (!p?.nomination || p.publicHidden || !p.nomination.outcomes.length) return null;
  const v = await editionVisibility(p.edition.year, now);
  if (!v?.winnersVisible) return null;
  const stage = currentStage(p.nomination.outcomes)!;
  return {
    stage,
    label: STAGE_LABEL[stage],
    history: p.nomination.outcomes.map((o) => ({ stage: o.stage, label: STAGE_LABEL[o.stage], at: o.at })),
  };
}

/** Stages in the order the screen offers them (the furthest ones last, "not advanced" at the end). */
export const STAGE_CHOICES: NationalStage[] = [...STAGE_ORDER, "NOT_ADVANCED"];
