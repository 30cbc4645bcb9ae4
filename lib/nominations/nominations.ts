import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/permissions";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import { DomainError, found } from "@/lib/errors";
import { invalidatePublicSite } from "@/lib/public-site/cache";
import { allPassed, checkNationalRules, NATIONAL_AWARD_STAGES, stageProblem, type RuleCheck } from "./rules";
import type { NominateInput, RecordOutcomeInput, WithdrawNominationInput } from "./schemas";

// Nominating winners to KIPP: only an entry on the Top N (or with an award) of its edition's confirmed result,
// and only when the national rules pass at the time of nominating; the checks are kept on the nomination.
// Withdrawing is possible until the first national outcome is recorded. Outcomes are an append-only history.

const NOMINATION_LOCK = 7270_0018;

/** The newest confirmed result of an edition (a correction in progress does not count). */
export async function confirmedResultOf(db: Tx, editionId: string) {
  return db.result.findFirst({
    where: { editionId, confirmedAt: { not: null } },
    orderBy: { version: "desc" },
    select: { id: true, version: true, confirmedAt: true },
  });
}

/** The national rules for these proposals of one edition, as they stand at `now`. */
export async function nationalChecks(
  db: Tx,
  editionId: string,
  proposalIds: string[],
  now: Date,
): Promise<Map<string, RuleCheck[]>> {
  const edition = await db.edition.findUniqueOrThrow({
    where: { id: editionId },
    select: { year: true, minImplementationMonths: true, nationalQuotaPerInstitution: true },
  });
  const proposals = await db.proposal.findMany({
    where: { id: { in: proposalIds } },
    select: {
      id: true,
      innovationId: true,
      institutionId: true,
      implementationStartedOn: true,
      institution: { select: { name: true } },
      nomination: { select: { id: true } },
    },
  });
  const earlier = await db.nomination.findMany({
    where: {
      proposal: { innovationId: { in: proposals.map((p) => p.innovationId) }, edition: { year: { lt: edition.year } } },
      outcomes: { some: { stage: { in: [...NATIONAL_AWARD_STAGES] } } },
    },
    select: {
      proposal: { select: { innovationId: true, edition: { select: { year: true } } } },
      outcomes: { where: { stage: { in: [...NATIONAL_AWARD_STAGES] } }, select: { stage: true } },
    },
  });
  const used = await db.nomination.findMany({
    where: { proposal: { editionId, institutionId: { in: proposals.map((p) => p.institutionId) } } },
    select: { proposalId: true, proposal: { select: { institutionId: true } } },
  });
  const out = new Map<string, RuleCheck[]>();
  for (const p of proposals) {
    const others = used.filter((u) => u.proposal.institutionId === p.institutionId && u.proposalId !== p.id).length;
    out.set(
      p.id,
      checkNationalRules({
        implementationStartedOn: p.implementationStartedOn,
        minImplementationMonths: edition.minImplementationMonths,
        earlierNationalAwards: earlier
          .filter((e) => e.proposal.innovationId === p.innovationId)
          .flatMap((e) => e.outcomes.map((o) => ({ year: e.proposal.edition.year, stage: o.stage }))),
        institutionNominations: others,
        nationalQuota: edition.nationalQuotaPerInstitution,
        institutionName: p.institution.name,
        now,
      }),
    );
  }
  return out;
}

export async function nominate(actor: Actor, input: NominateInput, now = new Date()) {
  authorize(actor, "nomination:manage");
  const nomination = await auditedWrite(actor, async (tx, audit) => {
    const proposal = found(
      await tx.proposal.findUnique({
        where: { id: input.proposalId },
        select: { id: true, title: true, editionId: true, institutionId: true, nomination: { select: { id: true } } },
      }),
      "Usulan",
    );
    // One institution's nominations are counted and written one at a time.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NOMINATION_LOCK}::int, hashtext(${proposal.institutionId}))`;
    if (proposal.nomination) throw new DomainError("CONFLICT", "Usulan ini sudah dinominasikan ke KIPP.");
    const result = await confirmedResultOf(tx, proposal.editionId);
    const winner =
      result &&
      (await tx.resultLine.count({ where: { resultId: result.id, proposalId: proposal.id, tier: "TOP_N" } })) +
        (await tx.award.count({ where: { resultId: result.id, proposalId: proposal.id } }));
    if (!winner)
      throw new DomainError(
        "CONFLICT",
        "Hanya usulan Top N atau peraih penghargaan pada hasil yang sudah ditetapkan yang dapat dinominasikan.",
      );
    const checks = (await nationalChecks(tx, proposal.editionId, [proposal.id], now)).get(proposal.id)!;
    if (!allPassed(checks)) {
      const failed = checks.filter((c) => !c.passed).map((c) => c.detail);
      throw new DomainError("CONFLICT", `Tidak memenuhi ketentuan KIPP: ${failed.join(" ")}`);
    }
    const created = await tx.nomination.create({
      data: {
        proposalId: proposal.id,
        nominatedById: actor.id,
        nominatedAt: now,
        sinovikRef: input.sinovikRef || null,
        notes: input.notes || null,
        checks: checks.map((c) => ({ ...c, checkedAt: now.toISOString() })),
      },
    });
    await audit({
      action: "nomination.create",
      entityType: "Nomination",
      entityId: created.id,
      after: { proposalId: proposal.id, title: proposal.title, sinovikRef: created.sinovikRef, checks },
    });
    return created;
  });
  await invalidatePublicSite();
  return nomination;
}

export async function withdrawNomination(actor: Actor, input: WithdrawNominationInput) {
  authorize(actor, "nomination:manage");
  const removed = await auditedWrite(actor, async (tx, audit) => {
    const before = found(
      await tx.nomination.findUnique({
        where: { id: input.nominationId },
        include: { outcomes: { select: { stage: true } }, proposal: { select: { title: true } } },
      }),
      "Nominasi",
    );
    if (before.outcomes.some((o) => o.stage !== "SUBMITTED"))
      throw new DomainError(
        "CONFLICT",
        "Hasil nasional sudah tercatat untuk nominasi ini; nominasi tidak dapat ditarik lagi.",
      );
    await tx.nomination.delete({ where: { id: before.id } });
    await audit({
      action: "nomination.withdraw",
      entityType: "Nomination",
      entityId: before.id,
      before: { proposalId: before.proposalId, title: before.proposal.title, sinovikRef: before.sinovikRef },
      after: { reason: input.reason },
    });
    return before;
  });
  await invalidatePublicSite();
  return removed;
}

export async function recordOutcome(actor: Actor, input: RecordOutcomeInput) {
  authorize(actor, "nomination:manage");
  const outcome = await auditedWrite(actor, async (tx, audit) => {
    const nomination = found(
      await tx.nomination.findUnique({
        where: { id: input.nominationId },
        select: { id: true, proposal: { select: { title: true } } },
      }),
      "Nominasi",
    );
    // Two admins recording at once must not both pass the history check.
    await tx.$executeRaw`SELECT id FROM "Nomination" WHERE id = ${nomination.id} FOR UPDATE`;
    const history = await tx.nominationOutcome.findMany({
      where: { nominationId: nomination.id },
      select: { stage: true },
    });
    const problem = stageProblem(history, input.stage);
    if (problem) throw new DomainError("CONFLICT", problem);
    const created = await tx.nominationOutcome.create({
      data: {
        nominationId: nomination.id,
        stage: input.stage,
        at: new Date(`${input.at}T00:00:00+07:00`),
        note: input.note || null,
      },
    });
    await audit({
      action: "nomination.record-outcome",
      entityType: "Nomination",
      entityId: nomination.id,
      after: { title: nomination.proposal.title, stage: created.stage, at: input.at, note: created.note },
    });
    return created;
  });
  await invalidatePublicSite();
  return outcome;
}
