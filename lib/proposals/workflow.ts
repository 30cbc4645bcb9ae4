import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import { recordAudit } from "@/lib/audit/audit";
import { authorize, rolesOnUnit, type Actor } from "@/lib/auth/permissions";
import { mailLink } from "@/lib/notifications/public-url";
import { prisma, Prisma } from "@/lib/db";
import { DomainError, notFound } from "@/lib/errors";
import { formatDateTimeWIB, formatDeadlineWIB } from "@/lib/format/date";
import { deliverSoon } from "@/lib/notifications/deliver";
import { enqueueNotification } from "@/lib/notifications/outbox";
import {
  COUNTS_AGAINST_QUOTA,
  deadlineFactsOf,
  planTransition,
  registrationDeadline,
  STATUS_LABEL,
  type ProposalRole,
  type ProposalStatus,
  type TransitionName,
} from "./lifecycle";
import { wibInputToDate } from "@/lib/format/wib-input";
import { incompleteMessage, missingForHandOff } from "./completeness";
import type { GrantExtensionInput, ProposalStepInput } from "./workflow-schemas";
import { mailLetter } from "@/lib/notifications/letter";

// The two-level submission: operator → admin lokal → province, and the province's verdicts. The lifecycle
// module says which step is allowed; this file makes it happen: the actor's role is resolved against the
// proposal's real unit, the deadline is judged by the server's clock, and status, version, event, audit and
// mail are written in one transaction whose UPDATE only matches the status the step was planned from.

type Tx = Prisma.TransactionClient;

// Serialises submissions of one institution in one edition (with hashtext(editionId:institutionId)), so two
// admin lokal clicks racing for the last quota slot cannot both count "one left".
const QUOTA_LOCK_KEY = 7270_0010;

const CONFLICT_MESSAGE =
  "Usulan ini baru saja diubah oleh orang lain (mungkin klik ganda atau tab lain). Muat ulang halaman untuk melihat statusnya sekarang.";

const transitionSelect = {
  id: true,
  title: true,
  status: true,
  version: true,
  editionId: true,
  institutionId: true,
  unitId: true,
  createdById: true,
  extensionUntil: true,
  correctionDeadline: true,
  unit: { select: { name: true, path: true } },
  institution: { select: { name: true } },
  edition: { select: { year: true, registrationClosesAt: true, defaultQuota: true } },
} satisfies Prisma.ProposalSelect;

export type TransitionProposal = Prisma.ProposalGetPayload<{ select: typeof transitionSelect }>;

export async function loadProposalForStep(db: Tx | typeof prisma, proposalId: string): Promise<TransitionProposal> {
  const p = await db.proposal.findUnique({ where: { id: proposalId }, select: transitionSelect });
  if (!p) throw notFound("Usulan");
  return p;
}

/** The actor's roles on the proposal; with none (another institution's proposal) the actor is refused. */
export function requireRolesOn(actor: Actor, p: { unit: { path: string } }): ProposalRole[] {
  const roles = rolesOnUnit(actor, p.unit.path);
  if (!roles.length) throw new DomainError("FORBIDDEN", "Usulan ini berada di luar wilayah Anda.");
  return roles;
}

export type Quota = { max: number; used: number; remaining: number };

/** How many proposals the institution has sent to the province in the edition, out of how many allowed. */
export async function quotaOf(db: Tx | typeof prisma, editionId: string, institutionId: string): Promise<Quota> {
  const [row, edition, used] = await Promise.all([
    db.quota.findUnique({
      where: { editionId_institutionId: { editionId, institutionId } },
      select: { maxProposals: true },
    }),
    db.edition.findUniqueOrThrow({ where: { id: editionId }, select: { defaultQuota: true } }),
    db.proposal.count({ where: { editionId, institutionId, status: { in: COUNTS_AGAINST_QUOTA } } }),
  ]);
  const max = row?.maxProposals ?? edition.defaultQuota;
  return { max, used, remaining: Math.max(0, max - used) };
}

type Recipient = { id: string; email: string; name: string };

async function activeMembers(
  tx: Tx,
  role: "OPERATOR" | "UNIT_ADMIN",
  unitPath: string,
  now: Date,
): Promise<Recipient[]> {
  const ancestorIds = unitPath.split("/").filter(Boolean);
  return tx.user.findMany({
    where: {
      status: "ACTIVE",
      memberships: {
        some: {
          role,
          unitId: { in: ancestorIds },
          validFrom: { lte: now },
          OR: [{ validTo: null }, { validTo: { gt: now } }],
        },
      },
    },
    select: { id: true, email: true, name: true },
  });
}

/** The people who write the proposal: operators of its unit (or above it) and whoever created it. */
async function unitPeople(tx: Tx, p: TransitionProposal, now: Date): Promise<Recipient[]> {
  const people = await activeMembers(tx, "OPERATOR", p.unit.path, now);
  if (p.createdById && !people.some((u) => u.id === p.createdById)) {
    const creator = await tx.user.findFirst({
      where: { id: p.createdById, status: "ACTIVE" },
      select: { id: true, email: true, name: true },
    });
    if (creator) people.push(creator);
  }
  return people;
}

async function notify(tx: Tx, to: Recipient[], actorId: string, template: string, subject: string, lines: string[]) {
  for (const r of to) {
    if (r.id === actorId) continue;
    await enqueueNotification(tx, {
      recipientEmail: r.email,
      recipientId: r.id,
      template,
      subject,
      body: mailLetter(r.name, [...lines]),
    });
  }
}

async function notifyStep(
  tx: Tx,
  actor: Actor,
  p: TransitionProposal,
  to: ProposalStatus,
  comment: string | null,
  now: Date,
  extra: { correctionDeadline?: Date | null },
) {
  const title = `"${p.title}" (${p.unit.name})`;
  const note = comment ? ["", "Catatan:", comment] : [];
  const link = (path: string) => ["", "Buka usulan:", mailLink(path)];
  switch (to) {
    case "WITH_UNIT_ADMIN":
    case "RESUBMITTED": {
      const admins = await activeMembers(tx, "UNIT_ADMIN", p.unit.path, now);
      const resent = to === "RESUBMITTED";
      return notify(
        tx,
        admins,
        actor.id,
        resent ? "proposal.resubmitted" : "proposal.with-unit-admin",
        resent ? `Usulan diperbaiki dan dikirim ulang: ${p.title}` : `Usulan menunggu pemeriksaan Anda: ${p.title}`,
        [
          resent
            ? `Usulan ${title} telah diperbaiki dan dikirim ulang ke provinsi oleh ${actor.name}.`
            : `${actor.name} mengirim usulan ${title} kepada Anda untuk diperiksa sebelum dikirim ke provinsi.`,
          ...(resent
            ? []
            : [`Batas pengiriman ke provinsi: ${formatDeadlineWIB(registrationDeadline(deadlineFactsOf(p)))}.`]),
          ...link(`/unit/usulan/${p.id}`),
        ],
      );
    }
    case "RETURNED_TO_UNIT":
    case "SUBMITTED":
    case "PASSED":
    case "FAILED":
    case "RETURNED_FOR_CORRECTION":
    case "WITHDRAWN": {
      const people = await unitPeople(tx, p, now);
      // The province's verdicts also go to the admin lokal who sent the proposal.
      if (to === "PASSED" || to === "FAILED" || to === "RETURNED_FOR_CORRECTION") {
        for (const a of await activeMembers(tx, "UNIT_ADMIN", p.unit.path, now))
          if (!people.some((u) => u.id === a.id)) people.push(a);
      }
      const what: Record<typeof to, string> = {
        RETURNED_TO_UNIT: `Admin lokal mengembalikan usulan ${title} ke unit untuk diperbaiki. Setelah diperbaiki, kirim kembali kepada admin lokal sebelum batas waktu.`,
        SUBMITTED: `Usulan ${title} telah dikirim ke provinsi oleh admin lokal dan akan melalui seleksi administrasi.`,
        PASSED: `Usulan ${title} lolos seleksi administrasi KOVABLIK ${p.edition.year}.`,
        FAILED: `Usulan ${title} tidak lolos seleksi administrasi KOVABLIK ${p.edition.year}.`,
        RETURNED_FOR_CORRECTION: `Usulan ${title} dikembalikan untuk perbaikan. Perbaiki dan kirim ulang paling lambat ${formatDeadlineWIB(extra.correctionDeadline)}; setelah itu usulan tidak dapat diubah lagi.`,
        WITHDRAWN: `Usulan ${title} ditarik oleh admin lokal dan tidak diikutkan pada edisi ${p.edition.year}.`,
      };
      return notify(
        tx,
        people,
        actor.id,
        `proposal.${to.toLowerCase().replaceAll("_", "-")}`,
        `${STATUS_LABEL[to]}: ${p.title}`,
        [what[to], ...note, ...link(`/usulan/${p.id}`)],
      );
    }
    default:
      return;
  }
}

async function assertQuotaLeft(tx: Tx, p: TransitionProposal) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${QUOTA_LOCK_KEY}::int, hashtext(${`${p.editionId}:${p.institutionId}`}))`;
  const quota = await quotaOf(tx, p.editionId, p.institutionId);
  if (quota.used >= quota.max) {
    throw new DomainError(
      "CONFLICT",
      `Kuota ${p.institution.name} untuk edisi ${p.edition.year} sudah habis (${quota.used} dari ${quota.max} terpakai). Tarik atau tunda usulan lain, atau hubungi sekretariat.`,
    );
  }
}

/** What the hand-off rule reads of a proposal (readiness.ts adds to it, so the dialog reads it once). */
export const handOffSelect = {
  title: true,
  editionId: true,
  implementationStartedOn: true,
  answers: { select: { sectionId: true, text: true } },
  attachments: { where: { deletedAt: null }, select: { kind: true } },
} satisfies Prisma.ProposalSelect;

/** What the proposal still lacks before it may leave the unit (see completeness.ts). */
export async function handOffGaps(db: Tx | typeof prisma, proposalId: string): Promise<string[]> {
  const p = await db.proposal.findUniqueOrThrow({ where: { id: proposalId }, select: handOffSelect });
  return handOffGapsOf(db, p);
}

/** The same, for a proposal already read with `handOffSelect`. */
export async function handOffGapsOf(
  db: Tx | typeof prisma,
  p: Prisma.ProposalGetPayload<{ select: typeof handOffSelect }>,
): Promise<string[]> {
  const [requirements, sections] = await Promise.all([
    db.attachmentRequirement.findMany({
      where: { editionId: p.editionId, required: true },
      select: { kind: true, label: true },
    }),
    db.formSection.findMany({
      where: { editionId: p.editionId, archivedAt: null },
      select: { id: true, title: true, required: true },
      orderBy: { order: "asc" },
    }),
  ]);
  const answer = new Map(p.answers.map((a) => [a.sectionId, a.text]));
  return missingForHandOff({
    title: p.title,
    implementationStartedOn: p.implementationStartedOn,
    sections: sections.map((s) => ({ title: s.title, required: s.required, text: answer.get(s.id) ?? "" })),
    requiredAttachments: requirements,
    attachmentKinds: p.attachments.map((a) => a.kind),
  });
}

const LEAVES_THE_UNIT: TransitionName[] = ["sendToUnitAdmin", "submitToProvince", "resubmit"];

export type StepResult = { proposalId: string; from: ProposalStatus; to: ProposalStatus; version: number };

/**
 * One lifecycle step inside the caller's transaction. The admin check calls this too, so pass/fail/return
 * write their event exactly like the submission steps do.
 */
export async function applyTransition(
  tx: Tx,
  actor: Actor,
  p: TransitionProposal,
  name: TransitionName,
  comment: string | null,
  now: Date,
  extra: { correctionDeadline?: Date | null } = {},
): Promise<StepResult> {
  const roles = requireRolesOn(actor, p);
  const { from, to } = planTransition(name, p.status, roles, deadlineFactsOf(p), now, comment);
  if (LEAVES_THE_UNIT.includes(name)) {
    const gaps = await handOffGaps(tx, p.id);
    if (gaps.length) throw new DomainError("INVALID", incompleteMessage(gaps));
  }
  if (name === "submitToProvince") await assertQuotaLeft(tx, p);

  const data: Prisma.ProposalUpdateManyMutationInput = { status: to, version: { increment: 1 } };
  if (to === "SUBMITTED" || to === "RESUBMITTED") data.submittedAt = now;
  if (extra.correctionDeadline !== undefined) data.correctionDeadline = extra.correctionDeadline;
  // Only if nobody moved it since we read it: a second click, another tab or another admin gets a conflict.
  const updated = await tx.proposal.updateMany({ where: { id: p.id, status: from }, data });
  if (updated.count !== 1) throw new DomainError("CONFLICT", CONFLICT_MESSAGE);

  const text = comment?.trim() || null;
  await tx.proposalEvent.create({
    data: { proposalId: p.id, fromStatus: from, toStatus: to, actorId: actor.id, comment: text, at: now },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: `proposal.${name}`,
    entityType: "Proposal",
    entityId: p.id,
    before: { status: from, version: p.version },
    after: {
      status: to,
      version: p.version + 1,
      comment: text,
      ...(extra.correctionDeadline !== undefined ? { correctionDeadline: extra.correctionDeadline } : {}),
    },
  });
  await notifyStep(tx, actor, p, to, text, now, extra);
  return { proposalId: p.id, from, to, version: p.version + 1 };
}

/** A submission step (send to admin lokal, return, submit, resubmit, withdraw) as its own transaction. */
export async function transition(
  actor: Actor,
  input: ProposalStepInput & { comment?: string | null },
  name: Exclude<TransitionName, "pass" | "fail" | "returnForCorrection">,
): Promise<StepResult & { title: string }> {
  const now = new Date();
  const result = await prisma.$transaction(async (tx) => {
    const p = await loadProposalForStep(tx, input.proposalId);
    const r = await applyTransition(tx, actor, p, name, input.comment ?? null, now);
    return { ...r, title: p.title };
  });
  deliverSoon();
  return result;
}

/**
 * Lets one proposal be sent after the registration deadline (or keeps it open longer). The only way anything
 * reaches the province late, and always on the record.
 */
export async function grantExtension(
  actor: Actor,
  input: GrantExtensionInput,
): Promise<{ until: Date; title: string }> {
  authorize(actor, "proposal:extend");
  const now = new Date();
  const until = wibInputToDate(input.until);
  if (!until || until <= now) {
    throw new DomainError("INVALID", "Batas perpanjangan harus di masa depan.", {
      until: ["Pilih waktu yang belum lewat."],
    });
  }
  const result = await auditedWrite(actor, async (tx, audit) => {
    const p = await loadProposalForStep(tx, input.proposalId);
    if (!(["DRAFT", "RETURNED_TO_UNIT", "WITH_UNIT_ADMIN"] as ProposalStatus[]).includes(p.status)) {
      throw new DomainError(
        "CONFLICT",
        `Perpanjangan hanya untuk usulan yang belum dikirim ke provinsi (status sekarang "${STATUS_LABEL[p.status]}").`,
      );
    }
    const closes = p.edition.registrationClosesAt;
    if (closes && until <= closes) {
      throw new DomainError("INVALID", "Perpanjangan harus melewati batas pendaftaran edisi.", {
        until: [`Pilih waktu setelah ${formatDateTimeWIB(closes)}.`],
      });
    }
    const updated = await tx.proposal.updateMany({
      where: { id: p.id, status: p.status },
      data: { extensionUntil: until },
    });
    if (updated.count !== 1) throw new DomainError("CONFLICT", CONFLICT_MESSAGE);
    await audit({
      action: "proposal.grantExtension",
      entityType: "Proposal",
      entityId: p.id,
      before: { extensionUntil: p.extensionUntil },
      after: { extensionUntil: until, reason: input.reason },
    });
    const people = [...(await unitPeople(tx, p, now)), ...(await activeMembers(tx, "UNIT_ADMIN", p.unit.path, now))];
    const seen = new Set<string>();
    await notify(
      tx,
      people.filter((u) => !seen.has(u.id) && seen.add(u.id)),
      actor.id,
      "proposal.extension",
      `Perpanjangan batas waktu: ${p.title}`,
      [
        `Sekretariat memberi perpanjangan untuk usulan "${p.title}" (${p.unit.name}) sampai ${formatDeadlineWIB(until)}.`,
        "Perpanjangan ini hanya berlaku untuk usulan tersebut; usulan harus sudah dikirim ke provinsi oleh admin lokal sebelum waktu itu.",
        "",
        "Alasan:",
        input.reason,
      ],
    );
    return { until, title: p.title };
  });
  deliverSoon();
  return result;
}
