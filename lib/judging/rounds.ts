import "server-only";
import type { z } from "zod";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fieldError, found } from "@/lib/errors";
import { wibInputToDate } from "@/lib/format/wib-input";
import { swapped } from "@/lib/editions/order";
import { isHundred, percentTotal, toHundredths, windowIssue } from "./round-rules";
import { presetCriteria } from "./rubric-presets";
import type { addRoundSchema, moveRoundSchema, roundIdSchema, UpdateRoundInput } from "./schemas";

// The rounds of an edition: add, configure, order, remove while still a draft, and open/close. A round's
// share of the final score is stored 0–1 and entered in percent; opening checks everything the judges and
// the ranking will rely on (docs/decisions/012-rounds-and-rubrics.md).

const duplicateName = () => fieldError("name", "Nama babak ini sudah ada pada edisi ini.", "CONFLICT");
const shareOf = (weight: { toNumber(): number } | number) => (typeof weight === "number" ? weight : weight.toNumber()) * 100;

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

/** The edition's timeline and the rounds just before and after `order`, for windowIssue. */
async function timelineAround(tx: Tx, editionId: string, order: number | null, exceptRoundId: string | null) {
  const edition = found(
    await tx.edition.findUnique({
      where: { id: editionId },
      select: {
        registrationClosesAt: true,
        announcementAt: true,
        rounds: { orderBy: { order: "asc" }, select: { id: true, order: true, name: true, opensAt: true, closesAt: true } },
      },
    }),
    "Edisi",
  );
  const rounds = edition.rounds.filter((r) => r.id !== exceptRoundId);
  const previous = order === null ? rounds.at(-1) : rounds.filter((r) => r.order < order).at(-1);
  const next = order === null ? undefined : rounds.find((r) => r.order > order);
  return { edition, previous: previous ?? null, next: next ?? null };
}

function refuseWindow(issue: ReturnType<typeof windowIssue>) {
  if (issue) throw fieldError(issue.field, issue.message);
}

export async function addRound(actor: Actor, input: z.infer<typeof addRoundSchema>) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const opensAt = wibInputToDate(input.opensAt);
      const closesAt = wibInputToDate(input.closesAt);
      const { edition, previous } = await timelineAround(tx, input.editionId, null, null);
      refuseWindow(windowIssue(edition, { opensAt, closesAt }, { previous }));
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
      await audit({ action: "round.add", entityType: "Round", entityId: after.id, after: { ...after, preset: input.preset || null } });
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
        throw fieldError("entrySource", "Babak pertama tidak punya babak sebelumnya: pilih usulan yang lolos seleksi administrasi.");
      }
      const { edition, previous, next } = await timelineAround(tx, before.editionId, before.order, before.id);
      refuseWindow(windowIssue(edition, { opensAt, closesAt }, { previous, next }));
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
    const rest = await tx.round.findMany({ where: { editionId: before.editionId }, orderBy: { order: "asc" }, select: { id: true } });
    await renumberRounds(tx, rest.map((r) => r.id));
    await audit({ action: "round.remove", entityType: "Round", entityId: before.id, before: { ...before, appointments: _count.appointments } });
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
  const { edition, previous, next } = await timelineAround(tx, round.editionId, round.order, round.id);
  const issue = windowIssue(edition, round, { previous, next });
  if (issue) problems.push(issue.message);
  if (round.order === 1 && round.entrySource === "PREVIOUS_ROUND") {
    problems.push("Babak pertama harus menerima usulan yang lolos seleksi administrasi.");
  }
  if (round.criteria.length === 0) problems.push("Susun rubrik: sekurang-kurangnya satu kriteria.");
  else if (!isHundred(round.criteria.map((c) => c.weight.toNumber()))) problems.push("Jumlah bobot kriteria rubrik harus 100 %.");
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
    await audit({ action: "round.open", entityType: "Round", entityId: after.id, before: { state: "DRAFT" }, after: { state: after.state } });
    return { name: after.name };
  });
}

export async function closeRound(actor: Actor, input: z.infer<typeof roundIdSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    const before = found(await tx.round.findUnique({ where: { id: input.roundId }, select: { id: true, name: true, state: true } }), "Babak");
    if (before.state !== "OPEN") throw new DomainError("CONFLICT", "Hanya babak yang sedang dibuka yang dapat ditutup.");
    await tx.round.update({ where: { id: before.id }, data: { state: "CLOSED" } });
    await audit({ action: "round.close", entityType: "Round", entityId: before.id, before: { state: "OPEN" }, after: { state: "CLOSED" } });
    return { name: before.name };
  });
}
