import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fieldError, found } from "@/lib/errors";
import { wibInputToDate } from "@/lib/format/wib-input";
import { swapped } from "@/lib/editions/order";
import { timelineIssues } from "@/lib/editions/timeline";
import { isHundred, percentTotal, toHundredths } from "./round-rules";
import { presetCriteria } from "./rubric-presets";
import type { addRoundSchema, moveRoundSchema, roundIdSchema, UpdateRoundInput } from "./schemas";

// The rounds of an edition: add, configure, order, remove while still a draft, and open/close. A round's
// share of the final score is stored 0–1 and entered in percent; opening checks everything the judges and
// the ranking will rely on (docs/decisions/012-rounds-and-rubrics.md).

const duplicateName = () => fieldError("name", "Nama babak ini sudah ada pada edisi ini.", "CONFLICT");
const shareOf = (weight: { toNumber(): number } | number) =>
  (typeof weight === "number" ? weight : weight.toNumber()) * 100;

/** The other rounds of the edition must leave room for this one's share: together at most 100 %. */
async function refuseShareOverflow(tx: Tx, editionId: string, exceptRoundId: string | null, sharePercent: number) {
  const others = await tx.round.findMany({
    where: { editionId, ...(exceptRoundId ? { id: { not: exceptRoundId } } : {}) },
    select: { weight: true },
  });
  const total = percentTotal([...others.map((r) => shareOf(r.weight)), sharePercent]);
  if (total > 100) {
    throw fieldError("sharePercent", `Jumlah bobot semua babak menjadi ${total} %; paling banyak 100 %.`);
  }
}

type Window = { opensAt: Date | null; closesAt: Date | null };
type WindowProblem = { field: "opensAt" | "closesAt"; message: string };

/** The edition's timeline: registration, announcement, and its rounds in order. */
async function loadTimeline(tx: Tx, editionId: string) {
  return found(
    await tx.edition.findUnique({
      where: { id: editionId },
      select: {
        registrationOpensAt: true,
        registrationClosesAt: true,
        announcementAt: true,
        rounds: {
          orderBy: { order: "asc" },
          select: { id: true, order: true, name: true, opensAt: true, closesAt: true },
        },
      },
    }),
    "Edisi",
  );
}

/**
 * What the round's window breaks in the edition's timeline — the edition form's one rule (timelineIssues in
 * lib/editions/timeline.ts): after registration closes, one round after the other, before the announcement.
 * Only problems this window brings count: the timeline with the round undated is the baseline. A problem the
 * window causes further on (the next round, the announcement) is shown on this round's closing time.
 */
function windowProblem(
  edition: Awaited<ReturnType<typeof loadTimeline>>,
  round: { id: string | null; name: string },
  window: Window,
): WindowProblem | null {
  const others = edition.rounds.filter((r) => r.id !== round.id);
  const at = round.id ? edition.rounds.findIndex((r) => r.id === round.id) : others.length;
  const timeline = (w: Window) => {
    const rounds = others.map((r) => ({ name: r.name, opensAt: r.opensAt, closesAt: r.closesAt }));
    rounds.splice(at, 0, { name: round.name, ...w });
    return timelineIssues({ ...edition, rounds });
  };
  const key = (i: { path: (string | number)[]; message: string }) => `${i.path.join(".")}:${i.message}`;
  const baseline = new Set(timeline({ opensAt: null, closesAt: null }).map(key));
  const issue = timeline(window).find((i) => !baseline.has(key(i)));
  if (!issue) return null;
  const own = issue.path[0] === "rounds" && issue.path[1] === at;
  return { field: own && issue.path[2] === "opensAt" ? "opensAt" : "closesAt", message: issue.message };
}

function refuseWindow(problem: WindowProblem | null) {
  if (problem) throw fieldError(problem.field, problem.message);
}

export async function addRound(actor: Actor, input: z.infer<typeof addRoundSchema>) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const opensAt = wibInputToDate(input.opensAt);
      const closesAt = wibInputToDate(input.closesAt);
      const edition = await loadTimeline(tx, input.editionId);
      const previous = edition.rounds.at(-1);
      refuseWindow(windowProblem(edition, { id: null, name: input.name }, { opensAt, closesAt }));
      await refuseShareOverflow(tx, input.editionId, null, input.sharePercent);
      const criteria = input.preset ? presetCriteria(input.preset) : [];
      const after = await tx.round.create({
        data: {
          editionId: input.editionId,
          order: (previous?.order ?? 0) + 1,
          kind: input.kind,
          name: input.name,
          opensAt,
          closesAt,
          weight: toHundredths(input.sharePercent) / 10_000,
          entrySource: previous ? "PREVIOUS_ROUND" : "PASSED_ADMIN_CHECK",
          criteria: { create: criteria.map((c, i) => ({ ...c, order: i + 1 })) },
        },
        include: { criteria: { orderBy: { order: "asc" } } },
      });
      await audit({
        action: "round.add",
        entityType: "Round",
        entityId: after.id,
        after: { ...after, preset: input.preset || null },
      });
      return { id: after.id, name: after.name, criteria: after.criteria.length };
    },
    { onUniqueViolation: duplicateName },
  );
}

export async function updateRound(actor: Actor, input: UpdateRoundInput) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const before = found(await tx.round.findUnique({ where: { id: input.roundId } }), "Babak");
      const opensAt = wibInputToDate(input.opensAt);
      const closesAt = wibInputToDate(input.closesAt);
      const weight = toHundredths(input.sharePercent) / 10_000;
      if (before.state === "CLOSED" || before.state === "SEALED") {
        throw new DomainError("CONFLICT", "Babak ini sudah ditutup; pengaturannya tidak dapat diubah lagi.");
      }
      if (before.state === "OPEN") {
        // Judges are scoring under these rules: only the name and a later closing time may still change.
        const same =
          before.kind === input.kind &&
          before.entrySource === input.entrySource &&
          before.panelMode === input.panelMode &&
          before.judgesPerEntry === input.judgesPerEntry &&
          before.normalisation === input.normalisation &&
          before.anonymised === input.anonymised &&
          before.advanceCount === input.advanceCount &&
          toHundredths(shareOf(before.weight)) === toHundredths(input.sharePercent) &&
          before.opensAt?.getTime() === opensAt?.getTime();
        if (!same) {
          throw new DomainError("CONFLICT", "Babak sudah dibuka: hanya nama dan waktu tutup yang masih dapat diubah.");
        }
        if (!closesAt || (before.closesAt && closesAt < before.closesAt)) {
          throw fieldError("closesAt", "Waktu tutup babak yang sedang berjalan hanya dapat diperpanjang.");
        }
      }
      if (input.entrySource === "PREVIOUS_ROUND" && before.order === 1) {
        throw fieldError(
          "entrySource",
          "Babak pertama tidak punya babak sebelumnya: pilih usulan yang lolos seleksi administrasi.",
        );
      }
      refuseWindow(
        windowProblem(
          await loadTimeline(tx, before.editionId),
          { id: before.id, name: input.name },
          { opensAt, closesAt },
        ),
      );
      await refuseShareOverflow(tx, before.editionId, before.id, input.sharePercent);
      const after = await tx.round.update({
        where: { id: before.id },
        data: {
          name: input.name,
          kind: input.kind,
          opensAt,
          closesAt,
          entrySource: input.entrySource,
          panelMode: input.panelMode,
          judgesPerEntry: input.judgesPerEntry,
          weight,
          normalisation: input.normalisation,
          anonymised: input.anonymised,
          advanceCount: input.advanceCount,
        },
      });
      await audit({ action: "round.update", entityType: "Round", entityId: after.id, before, after });
      return { name: after.name };
    },
    { onUniqueViolation: duplicateName },
  );
}

/** Writes positions 1..n for `ids` in this order. Two passes: (editionId, order) is unique at every step. */
async function renumberRounds(tx: Tx, ids: string[]) {
  for (const [i, id] of ids.entries()) await tx.round.update({ where: { id }, data: { order: -(i + 1) } });
  for (const [i, id] of ids.entries()) await tx.round.update({ where: { id }, data: { order: i + 1 } });
}

export async function moveRound(actor: Actor, input: z.infer<typeof moveRoundSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const target = found(await tx.round.findUnique({ where: { id: input.id }, select: { editionId: true } }), "Babak");
    const all = await tx.round.findMany({
      where: { editionId: target.editionId },
      orderBy: { order: "asc" },
      select: { id: true, name: true, state: true },
    });
    const ids = all.map((r) => r.id);
    const moved = swapped(ids, input.id, input.direction);
    if (!moved) return { moved: false };
    // A round that has opened keeps its place: entries and results refer to the sequence.
    if (moved.some((id, i) => id !== ids[i] && all[i]!.state !== "DRAFT")) {
      throw new DomainError("CONFLICT", "Babak yang sudah dibuka tidak dapat dipindah urutannya.");
    }
    await renumberRounds(tx, moved);
    const names = new Map(all.map((r) => [r.id, r.name]));
    await audit({
      action: "round.reorder",
      entityType: "Edition",
      entityId: target.editionId,
      before: ids.map((id) => names.get(id)),
      after: moved.map((id) => names.get(id)),
    });
    return { moved: true };
  });
}

export async function removeRound(actor: Actor, input: z.infer<typeof roundIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const { _count, ...before } = found(
      await tx.round.findUnique({
        where: { id: input.roundId },
        include: { _count: { select: { entries: true, assignments: true, appointments: true } } },
      }),
      "Babak",
    );
    if (before.state !== "DRAFT") throw new DomainError("CONFLICT", "Babak yang sudah dibuka tidak dapat dihapus.");
    if (_count.entries > 0 || _count.assignments > 0) {
      throw new DomainError("CONFLICT", `Babak "${before.name}" sudah berisi usulan sehingga tidak dapat dihapus.`);
    }
    await tx.round.delete({ where: { id: before.id } });
    const rest = await tx.round.findMany({
      where: { editionId: before.editionId },
      orderBy: { order: "asc" },
      select: { id: true },
    });
    await renumberRounds(
      tx,
      rest.map((r) => r.id),
    );
    await audit({
      action: "round.remove",
      entityType: "Round",
      entityId: before.id,
      before: { ...before, appointments: _count.appointments },
    });
    return { name: before.name };
  });
}

/**
 * Why the round cannot open yet, in the order an admin would fix them; empty when it can. The page lists
 * them under the "Buka babak" button, and openRound refuses with the first.
 */
export async function openingProblems(tx: Tx, roundId: string): Promise<string[]> {
  const round = found(
    await tx.round.findUnique({
      where: { id: roundId },
      include: { criteria: { select: { weight: true } }, _count: { select: { appointments: true } } },
    }),
    "Babak",
  );
  const problems: string[] = [];
  if (round.state !== "DRAFT") return ["Babak ini sudah pernah dibuka."];
  if (!round.opensAt || !round.closesAt) problems.push("Tetapkan waktu buka dan tutup babak.");
  const issue = windowProblem(await loadTimeline(tx, round.editionId), round, round);
  if (issue) problems.push(issue.message);
  if (round.order === 1 && round.entrySource === "PREVIOUS_ROUND") {
    problems.push("Babak pertama harus menerima usulan yang lolos seleksi administrasi.");
  }
  if (round.order > 1 && round.entrySource === "PREVIOUS_ROUND") {
    const previous = await tx.round.findFirst({
      where: { editionId: round.editionId, order: { lt: round.order } },
      orderBy: { order: "desc" },
      select: { name: true, advancement: { select: { roundId: true } } },
    });
    if (previous && !previous.advancement)
      problems.push(`Tetapkan dahulu usulan yang lolos dari ${previous.name} (halaman Peringkat babak itu).`);
  }
  if (round.criteria.length === 0) problems.push("Susun rubrik: sekurang-kurangnya satu kriteria.");
  else if (!isHundred(round.criteria.map((c) => c.weight.toNumber())))
    problems.push("Jumlah bobot kriteria rubrik harus 100 %.");
  const shares = await tx.round.findMany({ where: { editionId: round.editionId }, select: { weight: true } });
  const shareTotal = percentTotal(shares.map((r) => shareOf(r.weight)));
  if (shareTotal !== 100) problems.push(`Jumlah bobot semua babak edisi ini harus 100 %; sekarang ${shareTotal} %.`);
  if (round._count.appointments === 0) problems.push("Angkat sekurang-kurangnya satu juri.");
  return problems;
}

export async function openRound(actor: Actor, input: z.infer<typeof roundIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    // The row lock makes a rubric save racing with the opening wait, then see the round open and stop.
    await tx.$queryRaw`SELECT 1 FROM "Round" WHERE "id" = ${input.roundId} FOR UPDATE`;
    const problems = await openingProblems(tx, input.roundId);
    if (problems.length > 0) throw new DomainError("CONFLICT", `Babak belum dapat dibuka: ${problems[0]}`);
    const after = await tx.round.update({ where: { id: input.roundId }, data: { state: "OPEN" } });
    await audit({
      action: "round.open",
      entityType: "Round",
      entityId: after.id,
      before: { state: "DRAFT" },
      after: { state: after.state },
    });
    return { name: after.name };
  });
}

export async function closeRound(actor: Actor, input: z.infer<typeof roundIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = found(
      await tx.round.findUnique({ where: { id: input.roundId }, select: { id: true, name: true, state: true } }),
      "Babak",
    );
    if (before.state !== "OPEN")
      throw new DomainError("CONFLICT", "Hanya babak yang sedang dibuka yang dapat ditutup.");
    await tx.round.update({ where: { id: before.id }, data: { state: "CLOSED" } });
    await audit({
      action: "round.close",
      entityType: "Round",
      entityId: before.id,
      before: { state: "OPEN" },
      after: { state: "CLOSED" },
    });
    return { name: before.name };
  });
}
