import "server-only";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { DomainError, fieldError, found } from "@/lib/errors";
import { selectAdvancing, type AdvanceCandidate, type AdvanceRuleInput } from "./advancement";
import { computeRoundRanking } from "./round-ranking";
import type { AdvanceInput } from "./schemas";

// Recording who advances from a sealed round (issue 11 item 5): the rule and its parameter, the balance
// rules, every entry a balance rule moved with its reason, and each entry's state (ADVANCED or ELIMINATED)
// with that reason as its note. The next round takes the advanced entries when it is prepared; once it has
// opened, the decision stands.

/** The three families of institution the balance rules speak of. */
export function kindGroup(kind: UnitKind): string {
  if (kind === "KABUPATEN" || kind === "KOTA") return "KAB_KOTA";
  if (kind === "PROVINCIAL_AGENCY" || kind === "BUMD") return kind;
  return "OTHER";
}

/** A kabupaten/kota's entries count for its region; provincial institutions for the province as a whole. */
export function regionGroup(institution: { kind: UnitKind; name: string }): string {
  return institution.kind === "KABUPATEN" || institution.kind === "KOTA" ? institution.name : "Tingkat provinsi";
}

type Db = Tx | typeof prisma;

/** Who would advance under the rule and balance rules given, from the round's ranking as it stands. */
async function advancementOutcome(db: Db, roundId: string, input: AdvanceInput) {
  const ranking = await computeRoundRanking(db, roundId);
  const ranked = ranking.entries.filter((e) => e.rank !== null);
  const institutions = new Map(
    (
      await db.proposal.findMany({
        where: { id: { in: ranking.entries.map((e) => e.proposalId) } },
        select: { id: true, institution: { select: { kind: true, name: true } } },
      })
    ).map((p) => [p.id, p.institution]),
  );
  const candidates: AdvanceCandidate[] = ranked.map((e) => {
    const inst = institutions.get(e.proposalId)!;
    return {
      proposalId: e.proposalId,
      rank: e.rank!,
      score: e.score!,
      groups: { kind: kindGroup(inst.kind), region: regionGroup(inst) },
    };
  });
  const known = new Set(candidates.map((c) => c.proposalId));
  if (input.rule === "HAND_PICKED" && input.picked.some((id) => !known.has(id)))
    throw fieldError("picked", "Sebagian usulan yang dipilih tidak ada di peringkat babak ini.");
  const rule: AdvanceRuleInput =
    input.rule === "TOP_N"
      ? { rule: "TOP_N", topN: input.topN! }
      : input.rule === "PASSING_GRADE"
        ? { rule: "PASSING_GRADE", passingGrade: input.passingGrade! }
        : { rule: "HAND_PICKED", picked: input.picked };
  const outcome = selectAdvancing(candidates, rule, input.balance);
  if (outcome.advanced.length === 0)
    throw new DomainError("CONFLICT", "Dengan aturan ini tidak ada usulan yang lolos.");
  return { ranking, outcome };
}

/**
 * The preview before "Tetapkan": who advances under these rules and every entry a balance rule moved in or out,
 * with titles and reasons. Reads only; the decision is recorded by decideAdvancement.
 */
export async function previewAdvancement(actor: Actor, input: AdvanceInput) {
  authorize(actor, "ranking:manage");
  const { ranking, outcome } = await advancementOutcome(prisma, input.roundId, input);
  const titles = new Map(
    (
      await prisma.proposal.findMany({
        where: { id: { in: [...outcome.advanced, ...outcome.adjustments.map((a) => a.proposalId)] } },
        select: { id: true, title: true, institution: { select: { name: true } } },
      })
    ).map((p) => [p.id, p]),
  );
  const byId = new Map(ranking.entries.map((e) => [e.proposalId, e]));
  const describe = (id: string) => ({
    proposalId: id,
    title: titles.get(id)?.title ?? "—",
    institutionName: titles.get(id)?.institution.name ?? "—",
    rank: byId.get(id)?.rank ?? null,
    score: byId.get(id)?.score ?? null,
  });
  return {
    advanced: outcome.advanced.map(describe),
    adjustments: outcome.adjustments.map((a) => ({ ...describe(a.proposalId), moved: a.moved, reason: a.reason })),
    unmet: outcome.unmet,
    eliminated: ranking.entries.length - outcome.advanced.length,
  };
}
export type AdvancementPreview = Awaited<ReturnType<typeof previewAdvancement>>;

export async function decideAdvancement(actor: Actor, input: AdvanceInput, now = new Date()) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      await tx.$queryRaw`SELECT 1 FROM "Round" WHERE "id" = ${input.roundId} FOR UPDATE`;
      const round = found(
        await tx.round.findUnique({
          where: { id: input.roundId },
          select: { id: true, name: true, state: true, order: true, editionId: true, advancement: true },
        }),
        "Babak",
      );
      if (round.state !== "SEALED")
        throw new DomainError(
          "CONFLICT",
          "Segel babak ini dahulu: yang lolos ditetapkan dari nilai yang sudah disegel.",
        );
      const next = await tx.round.findFirst({
        where: { editionId: round.editionId, order: { gt: round.order } },
        orderBy: { order: "asc" },
        select: { name: true, state: true },
      });
      if (next && next.state !== "DRAFT")
        throw new DomainError(
          "CONFLICT",
          `${next.name} sudah dibuka; keputusan kelolosan babak ini tidak dapat diubah lagi.`,
        );

      const { ranking, outcome } = await advancementOutcome(tx, round.id, input);
      const advanced = new Set(outcome.advanced);
      const reasons = new Map(outcome.adjustments.map((a) => [a.proposalId, a.reason]));
      for (const state of ["ADVANCED", "ELIMINATED"] as const) {
        const ids = ranking.entries
          .map((e) => e.proposalId)
          .filter((id) => advanced.has(id) === (state === "ADVANCED") && !reasons.has(id));
        await tx.roundEntry.updateMany({
          where: { roundId: round.id, proposalId: { in: ids } },
          data: { state, decidedById: actor.id, decidedAt: now, note: null },
        });
      }
      for (const [proposalId, reason] of reasons) {
        await tx.roundEntry.update({
          where: { roundId_proposalId: { roundId: round.id, proposalId } },
          data: {
            state: advanced.has(proposalId) ? "ADVANCED" : "ELIMINATED",
            decidedById: actor.id,
            decidedAt: now,
            note: reason,
          },
        });
      }
      const data = {
        rule: input.rule,
        topN: input.rule === "TOP_N" ? input.topN! : null,
        passingGrade: input.rule === "PASSING_GRADE" ? input.passingGrade! : null,
        balance: input.balance,
        adjustments: outcome.adjustments,
        note: input.note || null,
        decidedById: actor.id,
        decidedAt: now,
      };
      await tx.advancement.upsert({
        where: { roundId: round.id },
        create: { roundId: round.id, ...data },
        update: data,
      });
      await audit({
        action: "round.advance",
        entityType: "Round",
        entityId: round.id,
        before: round.advancement ? { rule: round.advancement.rule, advanced: "keputusan sebelumnya" } : undefined,
        after: {
          rule: input.rule,
          ...(data.topN ? { topN: data.topN } : {}),
          ...(data.passingGrade !== null ? { passingGrade: data.passingGrade } : {}),
          advanced: outcome.advanced.length,
          eliminated: ranking.entries.length - outcome.advanced.length,
          adjustments: outcome.adjustments,
        },
      });
      return { advanced: outcome.advanced.length, adjustments: outcome.adjustments.length, unmet: outcome.unmet };
    },
    { timeout: 60_000 },
  );
}
