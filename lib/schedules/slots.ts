import "server-only";
import { auditedWrite, type RecordAudit, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fieldError, found } from "@/lib/errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import { wibInputToDate } from "@/lib/format/wib-input";
import { recordUnitTreeConflicts } from "@/lib/judging/conflicts";
import { fillSchedule, slotMinutes, slotTimes } from "./filling";
import { notifyUnitsOfSchedule } from "./notify";
import { blockedJudgesByProposal, lockScheduleRound, scheduledEntryWhere } from "./round";
import { storedDays, type MoveEntryInput, type RoundOnlyInput } from "./schemas";

// The presentation schedule's writes: fill the free slots automatically, clear, move or swap one entry by
// hand (the server checks conflicts again), and publish to the units (or take it back).

type Round = Awaited<ReturnType<typeof lockScheduleRound>>;

/** Everything a fill or a move needs about the round, read under the round's lock. */
export async function loadPresentation(tx: Tx, round: Round) {
  const schedule = await tx.schedule.findUnique({ where: { roundId: round.id } });
  const settings = schedule
    ? { ...schedule, days: storedDays(schedule.days) }
    : { presentationMinutes: 0, interviewMinutes: 0, breakMinutes: 0, days: [], publishedAt: null };
  const [panels, entries, slots] = await Promise.all([
    tx.schedulePanel.findMany({
      where: { roundId: round.id },
      orderBy: { order: "asc" },
      select: {
        id: true,
        name: true,
        judges: { select: { judgeId: true, appointment: { select: { judge: { select: { name: true } } } } } },
      },
    }),
    tx.roundEntry.findMany({
      where: scheduledEntryWhere(round.id),
      orderBy: [{ proposal: { category: { order: "asc" } } }, { proposal: { title: "asc" } }],
      select: { proposal: { select: { id: true, title: true, unit: { select: { name: true, path: true } } } } },
    }),
    tx.presentationSlot.findMany({
      where: { roundId: round.id },
      include: { proposal: { select: { title: true, unit: { select: { name: true } } } } },
    }),
  ]);
  const judgeIds = panels.flatMap((p) => p.judges.map((j) => j.judgeId));
  const blocked = await blockedJudgesByProposal(
    tx,
    round.editionId,
    judgeIds,
    entries.map((e) => ({ proposalId: e.proposal.id, unitPath: e.proposal.unit.path })),
  );
  const judgeNames = Object.fromEntries(
    panels.flatMap((p) => p.judges.map((j) => [j.judgeId, j.appointment.judge.name] as const)),
  );
  return {
    settings,
    times: slotTimes(settings),
    minutes: slotMinutes(settings),
    panels: panels.map((p) => ({ id: p.id, name: p.name, judgeIds: p.judges.map((j) => j.judgeId) })),
    entries: entries.map((e) => ({ ...e.proposal, blockedJudgeIds: blocked.get(e.proposal.id) ?? [] })),
    slots,
    judgeNames,
  };
}

async function recordNewConflicts(tx: Tx, actor: Actor, round: Round, audit: RecordAudit) {
  const judges = await tx.judgeAppointment.findMany({ where: { roundId: round.id }, select: { userId: true } });
  const created = await recordUnitTreeConflicts(
    tx,
    actor,
    round.editionId,
    judges.map((j) => j.userId),
  );
  for (const c of created)
    await audit({ action: "conflict.add-from-unit-tree", entityType: "Conflict", entityId: c.id, after: c });
}

/** Places every entry without a slot; entries already placed stay where they are. */
export async function fillSlots(actor: Actor, input: RoundOnlyInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
    return fillFree(tx, actor, round, audit, "schedule.fill");
  });
}

/**
 * Clears and fills again in one step (after panels or conflicts changed), moving every entry; the publication
 * is taken back, so the units are told again only when the secretariat publishes the new schedule.
 */
export async function regenerateSlots(actor: Actor, input: RoundOnlyInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
    await tx.presentationSlot.deleteMany({ where: { roundId: round.id } });
    await tx.schedule.updateMany({ where: { roundId: round.id }, data: { publishedAt: null, publishedById: null } });
    return fillFree(tx, actor, round, audit, "schedule.regenerate");
  });
}

async function fillFree(
  tx: Tx,
  actor: Actor,
  round: Round,
  audit: RecordAudit,
  action: "schedule.fill" | "schedule.regenerate",
) {
  // Memberships added since the conflicts screen was last opened still count.
  await recordNewConflicts(tx, actor, round, audit);
  const p = await loadPresentation(tx, round);
  if (!p.times.length) throw new DomainError("INVALID", "Isi dulu menit per slot dan hari presentasi.");
  if (!p.panels.some((panel) => panel.judgeIds.length))
    throw new DomainError("INVALID", "Tambahkan minimal satu panel (ruang) dengan juri.");
  const placedIds = new Set(p.slots.map((s) => s.proposalId));
  const result = fillSchedule({
    times: p.times,
    panels: p.panels,
    entries: p.entries.filter((e) => !placedIds.has(e.id)),
    fixed: p.slots.flatMap((s) =>
      s.panelId ? [{ entryId: s.proposalId, panelId: s.panelId, time: s.startsAt.getTime() }] : [],
    ),
    judgeNames: p.judgeNames,
  });
  const panelName = new Map(p.panels.map((panel) => [panel.id, panel.name]));
  await tx.presentationSlot.createMany({
    data: result.placements.map((pl) => ({
      roundId: round.id,
      proposalId: pl.entryId,
      panelId: pl.panelId,
      room: panelName.get(pl.panelId)!,
      startsAt: new Date(pl.time),
      minutes: p.minutes,
    })),
  });
  const title = new Map(p.entries.map((e) => [e.id, e.title]));
  const unplaced = result.unplaced.map((u) => ({
    proposalId: u.entryId,
    title: title.get(u.entryId) ?? "",
    reason: u.reason,
  }));
  await audit({ action, entityType: "Schedule", entityId: round.id, after: { placed: result.placements, unplaced } });
  return { placed: result.placements.length, unplaced };
}

/** Empties the schedule (and takes it back from the units: there is nothing left to see). */
export async function clearSlots(actor: Actor, input: RoundOnlyInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
    const before = await tx.presentationSlot.findMany({ where: { roundId: round.id } });
    await tx.presentationSlot.deleteMany({ where: { roundId: round.id } });
    await tx.schedule.updateMany({ where: { roundId: round.id }, data: { publishedAt: null, publishedById: null } });
    await audit({ action: "schedule.clear", entityType: "Schedule", entityId: round.id, before: { slots: before } });
    return { cleared: before.length };
  });
}

/** Moves an entry to a slot; when another entry holds it, the two swap, each checked against its new panel. */
export async function moveEntry(actor: Actor, input: MoveEntryInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
    const p = await loadPresentation(tx, round);
    const startsAt = wibInputToDate(input.startsAt);
    const panel = p.panels.find((x) => x.id === input.panelId);
    if (!startsAt || !panel || !p.times.includes(startsAt.getTime()))
      throw fieldError("slot", "Slot tujuan tidak ada dalam jadwal babak ini.");
    const entry = p.entries.find((e) => e.id === input.proposalId);
    if (!entry) throw fieldError("slot", "Usulan ini tidak termasuk babak ini.");
    const refuseConflict = (e: (typeof p.entries)[number], target: typeof panel) => {
      const who = target.judgeIds.filter((j) => e.blockedJudgeIds.includes(j)).map((j) => p.judgeNames[j]);
      if (who.length)
        throw fieldError(
          "slot",
          `${who.join(", ")} di ${target.name} berkonflik dengan "${e.title}"; pilih panel lain.`,
          "CONFLICT",
        );
    };
    if (!panel.judgeIds.length) throw fieldError("slot", `${panel.name} belum memiliki juri.`);
    refuseConflict(entry, panel);
    const current = p.slots.find((s) => s.proposalId === entry.id) ?? null;
    const occupant = p.slots.find((s) => s.panelId === panel.id && s.startsAt.getTime() === startsAt.getTime()) ?? null;
    if (occupant?.proposalId === entry.id) throw fieldError("slot", "Usulan ini sudah berada di slot itu.");
    let swapped: string | null = null;
    if (occupant) {
      const other = found(
        p.entries.find((e) => e.id === occupant.proposalId),
        "Usulan",
      );
      const home = current?.panelId ? p.panels.find((x) => x.id === current.panelId) : undefined;
      if (!current || !home)
        throw fieldError(
          "slot",
          `Slot itu sudah diisi "${other.title}". Pilih slot kosong; bertukar hanya antara dua usulan yang sudah terjadwal.`,
          "CONFLICT",
        );
      refuseConflict(other, home);
      swapped = other.title;
    }
    // Delete, then create: the unique (round, room, start) would refuse an in-place swap half-way.
    await tx.presentationSlot.deleteMany({
      where: { id: { in: [current?.id, occupant?.id].filter((x): x is string => !!x) } },
    });
    const slot = (proposalId: string, panelId: string, roomName: string, at: Date) => ({
      roundId: round.id,
      proposalId,
      panelId,
      room: roomName,
      startsAt: at,
      minutes: p.minutes,
    });
    const created = [slot(entry.id, panel.id, panel.name, startsAt)];
    if (occupant && current?.panelId) {
      const home = p.panels.find((x) => x.id === current.panelId)!;
      created.push(slot(occupant.proposalId, home.id, home.name, current.startsAt));
    }
    await tx.presentationSlot.createMany({ data: created });
    await audit({
      action: "schedule.move",
      entityType: "PresentationSlot",
      entityId: entry.id,
      before: { slots: [current, occupant].filter(Boolean) },
      after: { slots: created },
    });
    return { title: entry.title, where: `${panel.name}, ${formatDateTimeWIB(startsAt)}`, swapped };
  });
}

/** The units of the scheduled entries see their slot (or visit) from now on. */
export async function publishSchedule(actor: Actor, input: RoundOnlyInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "SCHEDULED");
    const count =
      round.kind === "SITE_VISIT"
        ? await tx.siteVisit.count({ where: { roundId: round.id } })
        : await tx.presentationSlot.count({ where: { roundId: round.id } });
    if (!count) throw new DomainError("INVALID", "Belum ada usulan yang dijadwalkan; tidak ada yang dapat diumumkan.");
    const before = await tx.schedule.findUnique({ where: { roundId: round.id } });
    if (before?.publishedAt) throw new DomainError("CONFLICT", "Jadwal ini sudah diumumkan kepada unit.");
    const now = new Date();
    const after = await tx.schedule.upsert({
      where: { roundId: round.id },
      create: { roundId: round.id, publishedAt: now, publishedById: actor.id },
      update: { publishedAt: now, publishedById: actor.id },
    });
    const mailed = await notifyUnitsOfSchedule(tx, round);
    await audit({
      action: "schedule.publish",
      entityType: "Schedule",
      entityId: round.id,
      before,
      after: { ...after, entries: count, mailed },
    });
    return { entries: count, mailed };
  });
}

export async function unpublishSchedule(actor: Actor, input: RoundOnlyInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "SCHEDULED");
    const before = await tx.schedule.findUnique({ where: { roundId: round.id } });
    if (!before?.publishedAt) throw new DomainError("CONFLICT", "Jadwal ini belum diumumkan.");
    const after = await tx.schedule.update({
      where: { roundId: round.id },
      data: { publishedAt: null, publishedById: null },
    });
    await audit({ action: "schedule.unpublish", entityType: "Schedule", entityId: round.id, before, after });
    return after;
  });
}
