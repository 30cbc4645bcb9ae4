import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { mailLink } from "@/lib/notifications/public-url";
import { DomainError, fieldError, found } from "@/lib/errors";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { solveAssignment, type SolverResult } from "./assignment-solver";
import type {
  AddAssignmentInput,
  CommitAssignmentInput,
  ReleaseJudgeInput,
  RemoveAssignmentInput,
} from "./assignment-schemas";
import { conflictMatrix, covers } from "./conflict-rules";
import { activeConflicts, loadChangeableRound, recordUnitTreeConflicts } from "./conflicts";
import { mailLetter } from "@/lib/notifications/letter";

// Which judge scores which entry (Assignment): the automatic assignment (preview, then commit), manual add
// and remove, and a judge dropping out. Every path refuses a conflicted pair and respects load caps; the
// solver (assignment-solver.ts) is pure, this file feeds it from the database and writes what it decides.

type Round = Awaited<ReturnType<typeof loadChangeableRound>>;

/** A judge whose cap is 0 takes no new entries: how a judge who dropped out is kept on record. */
export const RELEASED_CAP = 0;

/** Everything the solver needs, read in one transaction, and a fingerprint of it. */
async function loadProblem(tx: Tx, round: Round) {
  const [entries, judges, existing, removed] = await Promise.all([
    tx.roundEntry.findMany({
      where: { roundId: round.id, state: "IN" },
      orderBy: { proposalId: "asc" },
      select: {
        proposal: { select: { id: true, title: true, categoryId: true, unit: { select: { name: true, path: true } } } },
      },
    }),
    tx.judgeAppointment.findMany({
      where: { roundId: round.id },
      orderBy: { userId: "asc" },
      select: {
        loadCap: true,
        expertise: { select: { id: true } },
        judge: { select: { id: true, name: true, email: true } },
      },
    }),
    tx.assignment.findMany({
      where: { roundId: round.id, state: "ASSIGNED" },
      select: { proposalId: true, judgeId: true },
    }),
    tx.assignment.findMany({
      where: { roundId: round.id, state: "REMOVED" },
      select: { proposalId: true, judgeId: true },
    }),
  ]);
  const judgeIds = judges.map((j) => j.judge.id);
  const conflicts = await activeConflicts(tx, round.editionId, judgeIds);
  const entryScopes = entries.map((e) => ({ proposalId: e.proposal.id, unitPath: e.proposal.unit.path }));
  const E = entries.length;
  const J = judges.length;
  const blocked = conflictMatrix(entryScopes, judgeIds, conflicts);
  const row = new Map(entries.map((e, i) => [e.proposal.id, i]));
  const col = new Map(judgeIds.map((id, j) => [id, j]));
  // A pair an admin (or a conflict) removed is not made again automatically; a manual add can.
  for (const r of removed) {
    const e = row.get(r.proposalId);
    const j = col.get(r.judgeId);
    if (e !== undefined && j !== undefined) blocked[e * J + j] = 1;
  }
  const expert = new Uint8Array(E * J);
  judges.forEach((judge, j) => {
    const mine = new Set(judge.expertise.map((c) => c.id));
    entries.forEach((entry, e) => {
      if (entry.proposal.categoryId && mine.has(entry.proposal.categoryId)) expert[e * J + j] = 1;
    });
  });
  const pairs: [number, number][] = [];
  for (const a of existing) {
    const e = row.get(a.proposalId);
    const j = col.get(a.judgeId);
    if (e !== undefined && j !== undefined) pairs.push([e, j]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const caps = judges.map((j) => j.loadCap);
  // Panel mode: every judge appointed to the round scores every entry, conflicts and caps still holding.
  const perEntry = round.panelMode ? Math.max(1, J) : round.judgesPerEntry;
  const basis = createHash("sha256")
    .update(JSON.stringify({ n: perEntry, entries: entries.map((e) => e.proposal.id), judgeIds, caps, pairs }))
    .update(blocked)
    .update(expert)
    .digest("hex");
  return {
    entries,
    judges,
    pairs,
    basis,
    input: { entryCount: E, judgeCount: J, perEntry, caps, blocked, expert, existing: pairs },
  };
}
type Problem = Awaited<ReturnType<typeof loadProblem>>;

/** A round's solver input as the services build it (the benchmark measures the solver on it). */
export async function assignmentProblem(tx: Tx, roundId: string) {
  return (await loadProblem(tx, await loadChangeableRound(tx, roundId))).input;
}

/** Committing thousands of rows with a fresh solve can outlast Prisma's default 5 s transaction limit. */
const LARGE_WRITE = { timeout: 120_000 };

function summarise(problem: Problem, result: SolverResult) {
  const existingLoad = new Array<number>(problem.judges.length).fill(0);
  for (const [, j] of problem.pairs) existingLoad[j]!++;
  const uncapped = problem.judges.flatMap((j, i) => (j.loadCap === null ? [result.loads[i]!] : []));
  return {
    perEntry: problem.input.perEntry,
    entryCount: problem.entries.length,
    covered: problem.entries.length - result.uncovered.length,
    newCount: result.added.length,
    existingCount: problem.pairs.length,
    spread: uncapped.length ? Math.max(...uncapped) - Math.min(...uncapped) : 0,
    components: result.components,
    expertMatches: result.expertMatches,
    judges: problem.judges.map((j, i) => ({
      id: j.judge.id,
      name: j.judge.name,
      loadCap: j.loadCap,
      existing: existingLoad[i]!,
      total: result.loads[i]!,
    })),
    uncovered: result.uncovered.map((u) => ({
      proposalId: problem.entries[u.entry]!.proposal.id,
      title: problem.entries[u.entry]!.proposal.title,
      unitName: problem.entries[u.entry]!.proposal.unit.name,
      assigned: u.assigned,
      reason: u.reason,
    })),
  };
}

/**
 * The automatic assignment as it would be committed now, and its fingerprint. Records unit-tree conflicts
 * that appeared meanwhile first, so the preview already respects them.
 */
export async function previewAssignment(actor: Actor, roundId: string) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const round = found(
        await tx.round.findUnique({
          where: { id: roundId },
          select: { id: true, name: true, state: true, editionId: true, judgesPerEntry: true, panelMode: true },
        }),
        "Babak",
      );
      const closed = round.state === "CLOSED" || round.state === "SEALED";
      if (!closed) {
        const judgeIds = (await tx.judgeAppointment.findMany({ where: { roundId }, select: { userId: true } })).map(
          (a) => a.userId,
        );
        for (const c of await recordUnitTreeConflicts(tx, actor, round.editionId, judgeIds)) {
          await audit({ action: "conflict.add-from-unit-tree", entityType: "Conflict", entityId: c.id, after: c });
        }
      }
      const problem = await loadProblem(tx, round);
      return { round, closed, basis: problem.basis, ...summarise(problem, solveAssignment(problem.input)) };
    },
    LARGE_WRITE,
  );
}
export type AssignmentPreview = Awaited<ReturnType<typeof previewAssignment>>;

/**
 * The round, locked and still open to assignment changes: the lock serialises them (two commits at once would
 * both fill the same gaps).
 */
async function lockChangeableRound(tx: Tx, roundId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Round" WHERE "id" = ${roundId} FOR UPDATE`;
  return loadChangeableRound(tx, roundId);
}

async function writeAssignments(tx: Tx, actor: Actor, round: Round, problem: Problem, added: [number, number][]) {
  if (!added.length) return;
  // One statement over arrays: createMany of thousands of rows binds five parameters a row and is split into
  // many statements (measured ~10× slower by npm run bench:assign).
  const ids = added.map(() => randomUUID());
  const proposalIds = added.map(([e]) => problem.entries[e]!.proposal.id);
  const judgeIds = added.map(([, j]) => problem.judges[j]!.judge.id);
  await tx.$executeRaw`
    INSERT INTO "Assignment" ("id", "roundId", "proposalId", "judgeId", "assignedById")
    SELECT id, ${round.id}, p, j, ${actor.id} FROM unnest(${ids}::text[], ${proposalIds}::text[], ${judgeIds}::text[]) AS t(id, p, j)`;
  const perJudge = new Map<number, number>();
  for (const [, j] of added) perJudge.set(j, (perJudge.get(j) ?? 0) + 1);
  for (const [j, count] of perJudge) await notifyJudge(tx, problem.judges[j]!.judge, round, count);
}

async function notifyJudge(
  tx: Tx,
  judge: { id: string; name: string; email: string },
  round: { id: string; name: string },
  count: number,
) {
  await enqueueNotification(tx, {
    recipientEmail: judge.email,
    recipientId: judge.id,
    template: "judging.assignment",
    subject: `Penugasan penilaian: ${round.name}`,
    body: mailLetter(judge.name, [
      `Anda mendapat ${count} usulan baru untuk dinilai pada babak "${round.name}".`,
      "Daftar usulan dan lembar penilaiannya ada di:",
      mailLink(`/juri/babak/${round.id}`),
      "",
      "Jika Anda mengenal unit pengusul salah satu usulan, nyatakan konflik kepentingan dari halaman tersebut.",
    ]),
  });
}

/** Solves the round's gaps, writes the new pairs (one mail per judge) and summarises what the round now has. */
async function fillGaps(tx: Tx, actor: Actor, round: Round, problem: Problem, opts: { requireNew?: boolean } = {}) {
  const result = solveAssignment(problem.input);
  if (opts.requireNew && !result.added.length)
    throw new DomainError("CONFLICT", "Tidak ada penugasan baru yang dapat dibuat.");
  await writeAssignments(tx, actor, round, problem, result.added);
  return summarise(problem, result);
}

export async function commitAssignment(actor: Actor, input: CommitAssignmentInput) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await lockChangeableRound(tx, input.roundId);
      const judgeIds = (
        await tx.judgeAppointment.findMany({ where: { roundId: round.id }, select: { userId: true } })
      ).map((a) => a.userId);
      if ((await recordUnitTreeConflicts(tx, actor, round.editionId, judgeIds)).length) throw changedSincePreview();
      const problem = await loadProblem(tx, round);
      if (problem.basis !== input.basis) throw changedSincePreview();
      const summary = await fillGaps(tx, actor, round, problem, { requireNew: true });
      await audit({
        action: "assignment.commit-automatic",
        entityType: "Round",
        entityId: round.id,
        after: {
          created: summary.newCount,
          covered: summary.covered,
          entries: summary.entryCount,
          spread: summary.spread,
          loads: summary.judges.map((j) => [j.id, j.total]),
        },
      });
      return summary;
    },
    LARGE_WRITE,
  );
}

const changedSincePreview = () =>
  new DomainError(
    "CONFLICT",
    "Data juri, usulan, atau konflik berubah sejak pratinjau dibuat. Muat ulang pratinjau, periksa, lalu simpan lagi.",
  );

export async function addAssignment(actor: Actor, input: AddAssignmentInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockChangeableRound(tx, input.roundId);
    const appointment = await tx.judgeAppointment.findUnique({
      where: { roundId_userId: { roundId: round.id, userId: input.judgeId } },
      select: { loadCap: true, judge: { select: { id: true, name: true, email: true } } },
    });
    if (!appointment) throw fieldError("judgeId", "Pilih juri dari babak ini.");
    const entry = await tx.roundEntry.findUnique({
      where: { roundId_proposalId: { roundId: round.id, proposalId: input.proposalId } },
      select: { proposal: { select: { id: true, title: true, unit: { select: { path: true } } } } },
    });
    if (!entry) throw fieldError("proposalId", "Pilih usulan dari babak ini.");
    const conflicts = await activeConflicts(tx, round.editionId, [input.judgeId]);
    if (conflicts.some((c) => covers(c, { proposalId: entry.proposal.id, unitPath: entry.proposal.unit.path }))) {
      throw fieldError(
        "judgeId",
        `${appointment.judge.name} berkonflik dengan usulan ini; cabut konfliknya dahulu bila memang keliru.`,
      );
    }
    const load = await tx.assignment.count({ where: { roundId: round.id, judgeId: input.judgeId, state: "ASSIGNED" } });
    if (appointment.loadCap !== null && load >= appointment.loadCap) {
      throw fieldError(
        "judgeId",
        appointment.loadCap === RELEASED_CAP
          ? `${appointment.judge.name} tidak menerima usulan baru pada babak ini.`
          : `${appointment.judge.name} sudah mencapai batas beban ${appointment.loadCap} usulan.`,
      );
    }
    const key = {
      roundId_proposalId_judgeId: { roundId: round.id, proposalId: input.proposalId, judgeId: input.judgeId },
    };
    const before = await tx.assignment.findUnique({ where: key });
    if (before?.state === "ASSIGNED")
      throw fieldError("judgeId", `${appointment.judge.name} sudah ditugaskan pada usulan ini.`, "CONFLICT");
    const data = { state: "ASSIGNED" as const, assignedById: actor.id, assignedAt: new Date(), removedAt: null };
    const after = before
      ? await tx.assignment.update({ where: { id: before.id }, data })
      : await tx.assignment.create({
          data: { roundId: round.id, proposalId: input.proposalId, judgeId: input.judgeId, ...data },
        });
    await notifyJudge(tx, appointment.judge, round, 1);
    await audit({ action: "assignment.add", entityType: "Assignment", entityId: after.id, before, after });
    return { judgeName: appointment.judge.name, title: entry.proposal.title };
  });
}

export async function removeAssignment(actor: Actor, input: RemoveAssignmentInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockChangeableRound(tx, input.roundId);
    const before = found(
      await tx.assignment.findFirst({
        where: { id: input.assignmentId, roundId: round.id },
        include: { judge: { select: { name: true } }, sheet: { select: { state: true } } },
      }),
      "Penugasan",
    );
    if (before.state === "REMOVED") throw new DomainError("CONFLICT", "Penugasan ini sudah dicabut.");
    const after = await tx.assignment.update({
      where: { id: before.id },
      data: { state: "REMOVED", removedAt: new Date() },
    });
    await audit({ action: "assignment.remove", entityType: "Assignment", entityId: after.id, before, after });
    return { judgeName: before.judge.name, hadSubmittedSheet: before.sheet?.state === "SUBMITTED" };
  });
}

/**
 * A judge drops out of a round: they take no new entries (cap 0), their entries without a submitted sheet
 * are taken off them (the draft sheets are kept, withdrawn), and those entries go to the other judges under
 * the same rules as the automatic assignment. Submitted sheets stay and count.
 */
export async function releaseJudge(actor: Actor, input: ReleaseJudgeInput) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await lockChangeableRound(tx, input.roundId);
      const before = await tx.judgeAppointment.findUnique({
        where: { roundId_userId: { roundId: round.id, userId: input.judgeId } },
        select: { id: true, loadCap: true, judge: { select: { name: true } } },
      });
      if (!before) throw fieldError("judgeId", "Pilih juri dari babak ini.");
      await tx.judgeAppointment.update({ where: { id: before.id }, data: { loadCap: RELEASED_CAP } });
      const { count: released } = await tx.assignment.updateMany({
        where: {
          roundId: round.id,
          judgeId: input.judgeId,
          state: "ASSIGNED",
          OR: [{ sheet: null }, { sheet: { state: "DRAFT" } }],
        },
        data: { state: "REMOVED", removedAt: new Date() },
      });
      const summary = await fillGaps(tx, actor, round, await loadProblem(tx, round));
      await audit({
        action: "assignment.release-judge",
        entityType: "JudgeAppointment",
        entityId: before.id,
        before: { loadCap: before.loadCap },
        after: {
          loadCap: RELEASED_CAP,
          reason: input.reason,
          released,
          reassigned: summary.newCount,
          uncovered: summary.uncovered.length,
        },
      });
      return { judgeName: before.judge.name, released, reassigned: summary.newCount, uncovered: summary.uncovered };
    },
    LARGE_WRITE,
  );
}
