import "server-only";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, found, notFound } from "@/lib/errors";
import { computeFinalRanking, type FinalEntry } from "@/lib/ranking/final-ranking";
import { newCertificateCode } from "./certificate-code";
import { rankAwardName, type AddAwardInput, type AssembleInput, type StartCorrectionInput } from "./schemas";

// A result version is a draft while `confirmedAt` is null: its lines may be rebuilt from the final ranking and
// its awards changed. A confirmed version is frozen; a correction is a new version (`supersedesId`, reason)
// that starts as a copy of the one it replaces, and both stay.

export async function editionByYear(year: number) {
  return found(
    await prisma.edition.findUnique({ where: { year }, select: { id: true, year: true, topN: true } }),
    "Edisi",
  );
}

/** The newest version of an edition, read under a row lock so two admins cannot both build on it. */
export async function newestVersionForUpdate(tx: Tx, editionId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Result" WHERE "editionId" = ${editionId} ORDER BY version DESC LIMIT 1 FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.result.findUniqueOrThrow({
    where: { id: rows[0].id },
    select: { id: true, version: true, confirmedAt: true, supersedesId: true, editionId: true },
  });
}

export type LinePlan = {
  proposalId: string;
  rank: number;
  finalScore: number;
  tier: "TOP_N" | "PARTICIPANT";
  /** 1-based place among the entries that may win (no upheld objection); null for excluded ones. */
  place: number | null;
  explanation: {
    reached: number;
    formula: string;
    parts: FinalEntry["parts"];
    excludedByObjection?: string[];
  };
};

/**
 * Pure: the lines of a draft from the final ranking. The Top N are the first `topN` entries by rank that no
 * upheld objection removed; entries tied with the last of them are in too. Ranks stay those of the ranking.
 */
export function planLines(entries: FinalEntry[], topN: number, upheld: Map<string, string[]>): LinePlan[] {
  const eligible = entries.filter((e) => !upheld.has(e.proposalId));
  const cutRank = eligible[Math.min(topN, eligible.length) - 1]?.rank ?? 0;
  return entries.map((e) => {
    const excluded = upheld.get(e.proposalId);
    const place = excluded ? null : 1 + eligible.filter((o) => o.rank < e.rank).length;
    return {
      proposalId: e.proposalId,
      rank: e.rank,
      finalScore: Math.round(e.combined * 10_000) / 10_000,
      tier: !excluded && topN > 0 && e.rank <= cutRank ? "TOP_N" : "PARTICIPANT",
      place,
      explanation: {
        reached: e.reached,
        formula: e.formula,
        parts: e.parts,
        ...(excluded ? { excludedByObjection: excluded } : {}),
      },
    };
  });
}

/**
 * Builds (or rebuilds) the draft version from the final ranking: version 1, or the open correction. Ranks 1–3
 * are awarded on the way ("Terbaik 1–3"); special awards already on the draft stay when their entry does.
 */
export async function assembleDraft(actor: Actor, input: AssembleInput) {
  authorize(actor, "result:manage");
  const edition = await editionByYear(input.year);
  const final = await computeFinalRanking(edition.id);
  const unsealed = final.rounds.filter((r) => !r.sealed);
  if (unsealed.length > 0)
    throw new DomainError(
      "CONFLICT",
      `Hasil disusun dari babak yang sudah disegel. Belum disegel: ${unsealed.map((r) => r.name).join(", ")}.`,
    );
  if (final.entries.length === 0) throw new DomainError("CONFLICT", "Belum ada usulan bernilai di edisi ini.");
  const upheldRows = await prisma.objection.findMany({
    where: { editionId: edition.id, decision: "UPHELD" },
    select: { id: true, proposalId: true },
  });
  const upheld = new Map<string, string[]>();
  for (const o of upheldRows) upheld.set(o.proposalId, [...(upheld.get(o.proposalId) ?? []), o.id]);
  const plan = planLines(final.entries, edition.topN, upheld);

  return auditedWrite(
    actor,
    async (tx, audit) => {
      const newest = await newestVersionForUpdate(tx, edition.id);
      if (newest?.confirmedAt)
        throw new DomainError(
          "CONFLICT",
          `Hasil versi ${newest.version} sudah dikonfirmasi dan dibekukan. Perubahan dibuat sebagai koreksi (versi baru dengan alasan).`,
        );
      const result = newest ?? (await tx.result.create({ data: { editionId: edition.id, version: 1 } }));
      const keptAwards = await tx.award.findMany({
        where: { resultId: result.id, NOT: { name: { in: [1, 2, 3].map(rankAwardName) } } },
        select: { id: true, proposalId: true },
      });
      await tx.award.deleteMany({
        where: {
          resultId: result.id,
          OR: [
            { name: { in: [1, 2, 3].map(rankAwardName) } },
            { id: { in: keptAwards.filter((a) => !plan.some((l) => l.proposalId === a.proposalId)).map((a) => a.id) } },
          ],
        },
      });
      await tx.resultLine.deleteMany({ where: { resultId: result.id } });
      await tx.resultLine.createMany({
        data: plan.map((l) => ({
          resultId: result.id,
          proposalId: l.proposalId,
          rank: l.rank,
          finalScore: l.finalScore,
          tier: l.tier,
          explanation: l.explanation,
          certificateCode: l.tier === "TOP_N" ? newCertificateCode() : null,
        })),
      });
      const podium = plan.filter((l) => l.tier === "TOP_N" && l.place !== null && l.place <= 3);
      await tx.award.createMany({
        data: podium.map((l) => ({
          editionId: edition.id,
          resultId: result.id,
          name: rankAwardName(l.place!),
          order: l.place!,
          proposalId: l.proposalId,
          certificateCode: newCertificateCode(),
        })),
      });
      const topN = plan.filter((l) => l.tier === "TOP_N").length;
      await audit({
        action: "result.assemble",
        entityType: "Result",
        entityId: result.id,
        after: {
          year: edition.year,
          version: result.version,
          lines: plan.length,
          topN,
          excludedByObjection: upheld.size,
          rounds: final.rounds.map((r) => ({ name: r.name, share: r.share })),
        },
      });
      return { resultId: result.id, version: result.version, lines: plan.length, topN, podium: podium.length };
    },
    { timeout: 60_000 },
  );
}

async function draftOf(tx: Tx, resultId: string) {
  const r = found(
    await tx.result.findUnique({
      where: { id: resultId },
      select: { id: true, version: true, confirmedAt: true, editionId: true },
    }),
    "Versi hasil",
  );
  if (r.confirmedAt)
    throw new DomainError("CONFLICT", `Hasil versi ${r.version} sudah dikonfirmasi dan tidak dapat diubah lagi.`);
  return r;
}

/** A special award (or a rank award given by hand) on the draft, for an entry of that draft. */
export async function addAward(actor: Actor, input: AddAwardInput) {
  authorize(actor, "result:manage");
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const r = await draftOf(tx, input.resultId);
      const line = await tx.resultLine.findUnique({
        where: { resultId_proposalId: { resultId: r.id, proposalId: input.proposalId } },
        select: { proposal: { select: { title: true } } },
      });
      if (!line) throw notFound("Usulan pada versi hasil ini");
      const order = (await tx.award.count({ where: { resultId: r.id } })) + 1;
      const award = await tx.award.create({
        data: {
          editionId: r.editionId,
          resultId: r.id,
          name: input.name,
          order: 10 + order,
          proposalId: input.proposalId,
          certificateCode: newCertificateCode(),
        },
      });
      await audit({
        action: "award.add",
        entityType: "Award",
        entityId: award.id,
        after: { name: award.name, proposal: line.proposal.title, version: r.version },
      });
      return { name: award.name, title: line.proposal.title };
    },
    {
      onUniqueViolation: () =>
        new DomainError("CONFLICT", "Usulan ini sudah menerima penghargaan dengan nama yang sama."),
    },
  );
}

export async function removeAward(actor: Actor, input: { awardId: string }) {
  authorize(actor, "result:manage");
  return auditedWrite(actor, async (tx, audit) => {
    const award = found(
      await tx.award.findUnique({
        where: { id: input.awardId },
        select: { id: true, name: true, resultId: true, proposal: { select: { title: true } } },
      }),
      "Penghargaan",
    );
    const r = await draftOf(tx, award.resultId);
    await tx.award.delete({ where: { id: award.id } });
    await audit({
      action: "award.remove",
      entityType: "Award",
      entityId: award.id,
      before: { name: award.name, proposal: award.proposal.title, version: r.version },
    });
    return { name: award.name };
  });
}

/**
 * Opens a correction of the confirmed version in force: a new draft version that starts as its copy (lines
 * and awards, each with a fresh certificate code) and carries the reason. The old version stays as it was.
 */
export async function startCorrection(actor: Actor, input: StartCorrectionInput) {
  authorize(actor, "result:manage");
  return auditedWrite(actor, async (tx, audit) => {
    const target = found(
      await tx.result.findUnique({ where: { id: input.resultId }, select: { editionId: true } }),
      "Versi hasil",
    );
    const newest = await newestVersionForUpdate(tx, target.editionId);
    if (!newest || newest.id !== input.resultId || !newest.confirmedAt)
      throw new DomainError(
        "CONFLICT",
        "Koreksi hanya dapat dibuat dari versi terkonfirmasi yang terbaru, dan belum ada koreksi yang sedang disusun.",
      );
    const lines = await tx.resultLine.findMany({ where: { resultId: newest.id } });
    const awards = await tx.award.findMany({ where: { resultId: newest.id } });
    const next = await tx.result.create({
      data: {
        editionId: newest.editionId,
        version: newest.version + 1,
        supersedesId: newest.id,
        correctionReason: input.reason,
      },
    });
    await tx.resultLine.createMany({
      data: lines.map((l) => ({
        resultId: next.id,
        proposalId: l.proposalId,
        rank: l.rank,
        finalScore: l.finalScore,
        tier: l.tier,
        explanation: l.explanation ?? undefined,
        certificateCode: l.certificateCode ? newCertificateCode() : null,
      })),
    });
    await tx.award.createMany({
      data: awards.map((a) => ({
        editionId: a.editionId,
        resultId: next.id,
        name: a.name,
        order: a.order,
        proposalId: a.proposalId,
        certificateCode: newCertificateCode(),
      })),
    });
    await audit({
      action: "result.start-correction",
      entityType: "Result",
      entityId: next.id,
      after: { version: next.version, supersedes: newest.version, reason: input.reason },
    });
    return { resultId: next.id, version: next.version };
  });
}
