import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { fieldError, found } from "@/lib/errors";
import { blockedJudgesByProposal, lockScheduleRound, scheduledEntryWhere } from "./round";
import type { RemoveSiteVisitInput, SiteVisitInput } from "./schemas";

// Site visits of a SITE_VISIT round: per entry a date and a team of at least one judge of the round (a panel
// member, free of conflict with the entry) and at least one named evaluator (secretariat staff and the like,
// who have no account). The schema already demands both; the server checks the judges against the round.

export async function saveSiteVisit(actor: Actor, input: SiteVisitInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "SITE_VISIT");
    const entry = found(
      await tx.roundEntry.findFirst({
        where: { ...scheduledEntryWhere(round.id), proposalId: input.proposalId },
        select: { proposal: { select: { id: true, title: true, unit: { select: { path: true } } } } },
      }),
      "Usulan di babak ini",
    );
    const judgeIds = [...new Set(input.judgeIds)];
    const appointed = await tx.judgeAppointment.findMany({
      where: { roundId: round.id, userId: { in: judgeIds } },
      select: { userId: true, judge: { select: { name: true } } },
    });
    if (appointed.length !== judgeIds.length) throw fieldError("judgeIds", "Pilih juri yang diangkat pada babak ini.");
    const blocked = await blockedJudgesByProposal(tx, round.editionId, judgeIds, [
      { proposalId: entry.proposal.id, unitPath: entry.proposal.unit.path },
    ]);
    const conflicted = blocked.get(entry.proposal.id) ?? [];
    if (conflicted.length) {
      const names = appointed.filter((a) => conflicted.includes(a.userId)).map((a) => a.judge.name);
      throw fieldError("judgeIds", `${names.join(", ")} berkonflik dengan usulan ini; pilih juri lain.`, "CONFLICT");
    }
    const before = await tx.siteVisit.findUnique({
      where: { roundId_proposalId: { roundId: round.id, proposalId: entry.proposal.id } },
      include: { judges: { select: { judgeId: true } } },
    });
    const data = {
      visitDate: new Date(`${input.visitDate}T00:00:00Z`),
      evaluators: input.evaluators,
      note: input.note || null,
    };
    const visit = before
      ? await tx.siteVisit.update({ where: { id: before.id }, data })
      : await tx.siteVisit.create({ data: { roundId: round.id, proposalId: entry.proposal.id, ...data } });
    await tx.siteVisitJudge.deleteMany({ where: { visitId: visit.id } });
    await tx.siteVisitJudge.createMany({
      data: judgeIds.map((judgeId) => ({ visitId: visit.id, roundId: round.id, judgeId })),
    });
    await audit({
      action: "site-visit.save",
      entityType: "SiteVisit",
      entityId: visit.id,
      before: before ? { ...before, judgeIds: before.judges.map((j) => j.judgeId) } : undefined,
      after: { ...visit, judgeIds },
    });
    return { title: entry.proposal.title };
  });
}

export async function removeSiteVisit(actor: Actor, input: RemoveSiteVisitInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "SITE_VISIT");
    const before = found(
      await tx.siteVisit.findUnique({
        where: { roundId_proposalId: { roundId: round.id, proposalId: input.proposalId } },
        include: { judges: { select: { judgeId: true } }, proposal: { select: { title: true } } },
      }),
      "Kunjungan",
    );
    await tx.siteVisit.delete({ where: { id: before.id } });
    await audit({ action: "site-visit.remove", entityType: "SiteVisit", entityId: before.id, before });
    return { title: before.proposal.title };
  });
}
