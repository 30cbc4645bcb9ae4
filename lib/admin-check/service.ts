import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma, Prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { deliverSoon } from "@/lib/notifications/deliver";
import { eligibilityFlags, type Flag } from "@/lib/proposals/eligibility";
import type { ProposalStatus } from "@/lib/proposals/lifecycle";
import { applyTransition, loadProposalForStep } from "@/lib/proposals/workflow";
import { checkSummarySelect, proposalForReview } from "@/lib/proposals/workflow-queries";
import { wibInputToDate } from "@/lib/format/wib-input";
import { MANUAL_ITEMS, type DecideCheckInput } from "./schemas";

// Seleksi administrasi: the automatic flags pre-fill a checklist, a person decides each item and the outcome,
// and the decision, its items and the proposal's new status are written together.

type Tx = Prisma.TransactionClient;
type Db = Tx | typeof prisma;

export const CHECKABLE: ProposalStatus[] = ["SUBMITTED", "RESUBMITTED"];

/** The automatic flags of one proposal, from what the database holds now. */
export async function flagsFor(db: Db, proposalId: string, now = new Date()): Promise<Flag[]> {
  const p = await db.proposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: {
      id: true,
      title: true,
      innovationId: true,
      implementationStartedOn: true,
      editionId: true,
      edition: {
        select: { year: true, registrationClosesAt: true, minImplementationMonths: true, excludePreviousWinners: true },
      },
      answers: { select: { sectionId: true, text: true } },
      attachments: { where: { deletedAt: null }, select: { kind: true } },
    },
  });
  const [others, wins, requirements, sections] = await Promise.all([
    db.proposal.findMany({
      where: { editionId: p.editionId, id: { not: p.id }, status: { not: "WITHDRAWN" } },
      select: { id: true, title: true, unit: { select: { name: true } } },
    }),
    db.award.findMany({
      where: {
        proposal: { innovationId: p.innovationId },
        edition: { year: { lt: p.edition.year } },
        // Only the awards of the result in force: neither a draft nor a version a correction replaced.
        result: { confirmedAt: { not: null }, supersededBy: null },
      },
      select: { name: true, edition: { select: { year: true } } },
      orderBy: { edition: { year: "asc" } },
    }),
    db.attachmentRequirement.findMany({
      where: { editionId: p.editionId, required: true },
      select: { kind: true, label: true },
    }),
    db.formSection.findMany({
      where: { editionId: p.editionId, archivedAt: null },
      select: { id: true, key: true, title: true, required: true, wordLimit: true },
      orderBy: { order: "asc" },
    }),
  ]);
  const answer = new Map(p.answers.map((a) => [a.sectionId, a.text]));
  return eligibilityFlags({
    title: p.title,
    implementationStartedOn: p.implementationStartedOn,
    referenceDate: p.edition.registrationClosesAt ?? now,
    minImplementationMonths: p.edition.minImplementationMonths,
    otherTitles: others.map((o) => ({ id: o.id, title: o.title, unitName: o.unit.name })),
    previousWins: wins.map((w) => ({ year: w.edition.year, award: w.name })),
    excludePreviousWinners: p.edition.excludePreviousWinners,
    requiredAttachments: requirements,
    attachmentKinds: p.attachments.map((a) => a.kind),
    sections: sections.map((s) => ({
      key: s.key,
      title: s.title,
      required: s.required,
      wordLimit: s.wordLimit,
      text: answer.get(s.id) ?? "",
    })),
  });
}

export type ChecklistItem = {
  key: string;
  label: string;
  auto: boolean;
  result: "pass" | "fail" | "";
  note: string;
  autoNote?: string;
};

/** Everything the check page shows: the proposal, its pre-filled checklist and the earlier attempts. */
export async function checkContext(actor: Actor, proposalId: string) {
  authorize(actor, "proposal:check");
  const proposal = await proposalForReview(actor, proposalId);
  const [flags, attempts] = await Promise.all([
    flagsFor(prisma, proposalId),
    prisma.adminCheck.findMany({
      where: { proposalId },
      select: {
        ...checkSummarySelect,
        items: { select: { key: true, label: true, passed: true, auto: true, note: true } },
      },
      orderBy: { attempt: "desc" },
    }),
  ]);
  const checklist: ChecklistItem[] = [
    ...flags.map((f) => ({
      key: f.key,
      label: f.label,
      auto: true,
      result: f.ok ? ("pass" as const) : ("fail" as const),
      note: "",
      autoNote: f.note,
    })),
    ...MANUAL_ITEMS.map((m) => ({ key: m.key, label: m.label, auto: false, result: "" as const, note: "" })),
  ];
  return { proposal, checklist, attempts, checkable: CHECKABLE.includes(proposal.status) };
}

export type CheckContext = Awaited<ReturnType<typeof checkContext>>;

export async function decideCheck(actor: Actor, input: DecideCheckInput) {
  authorize(actor, "proposal:check");
  const now = new Date();
  let correctionDeadline: Date | null = null;
  if (input.outcome === "RETURN_FOR_CORRECTION") {
    correctionDeadline = wibInputToDate(input.correctionDeadline);
    if (!correctionDeadline || correctionDeadline <= now) {
      throw new DomainError("INVALID", "Batas waktu perbaikan harus di masa depan.", {
        correctionDeadline: ["Pilih waktu yang belum lewat."],
      });
    }
  }
  await loadProposalForStep(prisma, input.proposalId); // a clear "not found" before anything else
  const flags = await flagsFor(prisma, input.proposalId, now);
  const known = new Map<string, { label: string; auto: boolean; note?: string }>([
    ...flags.map((f) => [f.key, { label: f.label, auto: true, note: f.note }] as const),
    ...MANUAL_ITEMS.map((m) => [m.key, { label: m.label, auto: false }] as const),
  ]);
  const given = new Map(input.items.map((i) => [i.key, i]));
  const missing = [...known.keys()].filter((k) => !given.has(k));
  if (missing.length || input.items.some((i) => !known.has(i.key))) {
    throw new DomainError("INVALID", "Daftar periksa tidak lengkap. Muat ulang halaman lalu isi setiap butir.");
  }

  const transitionName = input.outcome === "PASS" ? "pass" : input.outcome === "FAIL" ? "fail" : "returnForCorrection";
  const result = await auditedWrite(
    actor,
    async (tx, audit) => {
      const p = await loadProposalForStep(tx, input.proposalId);
      if (p.version !== input.version) {
        throw new DomainError(
          "CONFLICT",
          "Usulan berubah sejak halaman ini dibuka. Muat ulang halaman sebelum memutuskan.",
        );
      }
      const last = await tx.adminCheck.aggregate({ where: { proposalId: p.id }, _max: { attempt: true } });
      const attempt = (last._max.attempt ?? 0) + 1;
      const items = [...known.entries()].map(([key, meta]) => {
        const i = given.get(key)!;
        return {
          key,
          label: meta.label,
          auto: meta.auto,
          passed: i.result === "pass",
          note: i.note || (meta.auto ? (meta.note ?? null) : null),
        };
      });
      const check = await tx.adminCheck.create({
        data: {
          proposalId: p.id,
          attempt,
          outcome: input.outcome,
          reason: input.reason || null,
          correctionDeadline,
          decidedById: actor.id,
          decidedAt: now,
          items: { create: items },
        },
        select: { id: true },
      });
      const step = await applyTransition(tx, actor, p, transitionName, input.reason || null, now, {
        correctionDeadline: input.outcome === "RETURN_FOR_CORRECTION" ? correctionDeadline : undefined,
      });
      await audit({
        action: "adminCheck.decide",
        entityType: "AdminCheck",
        entityId: check.id,
        after: {
          proposalId: p.id,
          attempt,
          outcome: input.outcome,
          reason: input.reason || null,
          correctionDeadline,
          items,
        },
      });
      return { ...step, attempt, title: p.title };
    },
    {
      onUniqueViolation: () =>
        new DomainError("CONFLICT", "Seleksi usulan ini baru saja diputuskan oleh admin lain. Muat ulang halaman."),
    },
  );
  deliverSoon();
  return result;
}
