import "server-only";
import { auditedWrite, type Tx } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, fieldError, found } from "@/lib/errors";
import { blockedJudgesByProposal, lockScheduleRound } from "./round";
import {
  storedDays,
  type AddPanelInput,
  type RemovePanelInput,
  type ScheduleDay,
  type ScheduleSettingsInput,
  type UpdatePanelInput,
} from "./schemas";

// A presentation round's slot settings (minutes, break, days in WIB) and its panels (rooms with the judges who
// sit in them). The times are locked while entries hold slots: changing them would leave slots off the grid,
// so the secretariat clears the schedule first, on purpose.

// jsonb keeps its own key order, so days are compared field by field, not as stored text.
const dayKey = (days: ScheduleDay[]) => days.map((d) => `${d.date} ${d.start}-${d.end}`).join(",");

const duplicatePanel = () => fieldError("name", "Nama panel ini sudah dipakai di babak ini.", "CONFLICT");

export async function saveScheduleSettings(actor: Actor, input: ScheduleSettingsInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
    const before = await tx.schedule.findUnique({ where: { roundId: round.id } });
    const data = {
      presentationMinutes: input.presentationMinutes,
      interviewMinutes: input.interviewMinutes,
      breakMinutes: input.breakMinutes,
      days: [...input.days].sort((a, b) => a.date.localeCompare(b.date)),
    };
    const changesTimes =
      !before ||
      before.presentationMinutes !== data.presentationMinutes ||
      before.interviewMinutes !== data.interviewMinutes ||
      before.breakMinutes !== data.breakMinutes ||
      dayKey(storedDays(before.days)) !== dayKey(data.days);
    if (changesTimes && (await tx.presentationSlot.count({ where: { roundId: round.id } })) > 0)
      throw new DomainError(
        "CONFLICT",
        "Jadwal sudah berisi usulan. Kosongkan jadwal dulu sebelum mengubah menit, jeda, atau hari; lalu isi ulang.",
      );
    const after = await tx.schedule.upsert({
      where: { roundId: round.id },
      create: { roundId: round.id, ...data },
      update: data,
    });
    await audit({ action: "schedule.update-settings", entityType: "Schedule", entityId: round.id, before, after });
    return after;
  });
}

/** Judges must be appointed to the round and not sit on another panel of it (panels run at the same time). */
async function checkPanelJudges(tx: Tx, roundId: string, judgeIds: string[], panelId: string | null) {
  const unique = [...new Set(judgeIds)];
  const appointed = await tx.judgeAppointment.findMany({
    where: { roundId, userId: { in: unique } },
    select: { userId: true, judge: { select: { name: true } } },
  });
  if (appointed.length !== unique.length) throw fieldError("judgeIds", "Pilih juri yang diangkat pada babak ini.");
  const elsewhere = await tx.schedulePanelJudge.findMany({
    where: { roundId, judgeId: { in: unique }, ...(panelId ? { panelId: { not: panelId } } : {}) },
    select: { judgeId: true, panel: { select: { name: true } } },
  });
  if (elsewhere.length) {
    const name = appointed.find((a) => a.userId === elsewhere[0]!.judgeId)?.judge.name ?? "Juri";
    throw fieldError(
      "judgeIds",
      `${name} sudah duduk di ${elsewhere[0]!.panel.name}; satu juri satu panel.`,
      "CONFLICT",
    );
  }
  return { unique, names: new Map(appointed.map((a) => [a.userId, a.judge.name])) };
}

export async function addPanel(actor: Actor, input: AddPanelInput) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
      const { unique } = await checkPanelJudges(tx, round.id, input.judgeIds, null);
      const last = await tx.schedulePanel.findFirst({ where: { roundId: round.id }, orderBy: { order: "desc" } });
      const after = await tx.schedulePanel.create({
        data: {
          roundId: round.id,
          order: (last?.order ?? 0) + 1,
          name: input.name,
          judges: { create: unique.map((judgeId) => ({ roundId: round.id, judgeId })) },
        },
      });
      await audit({
        action: "schedule.add-panel",
        entityType: "SchedulePanel",
        entityId: after.id,
        after: { ...after, judgeIds: unique },
      });
      return after;
    },
    { onUniqueViolation: duplicatePanel },
  );
}

export async function updatePanel(actor: Actor, input: UpdatePanelInput) {
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
      const before = found(
        await tx.schedulePanel.findFirst({
          where: { id: input.panelId, roundId: round.id },
          include: { judges: { select: { judgeId: true } } },
        }),
        "Panel",
      );
      const { unique, names } = await checkPanelJudges(tx, round.id, input.judgeIds, before.id);
      // A judge joining the panel must not conflict with an entry already scheduled in it.
      const joining = unique.filter((j) => !before.judges.some((b) => b.judgeId === j));
      if (joining.length) {
        const slots = await tx.presentationSlot.findMany({
          where: { panelId: before.id },
          select: { proposal: { select: { id: true, title: true, unit: { select: { path: true } } } } },
        });
        const blocked = await blockedJudgesByProposal(
          tx,
          round.editionId,
          joining,
          slots.map((s) => ({ proposalId: s.proposal.id, unitPath: s.proposal.unit.path })),
        );
        for (const s of slots) {
          const judge = blocked.get(s.proposal.id)?.[0];
          if (judge)
            throw fieldError(
              "judgeIds",
              `${names.get(judge)} berkonflik dengan "${s.proposal.title}" yang dijadwalkan di panel ini; pindahkan usulan itu dulu.`,
              "CONFLICT",
            );
        }
      }
      const after = await tx.schedulePanel.update({ where: { id: before.id }, data: { name: input.name } });
      await tx.schedulePanelJudge.deleteMany({ where: { panelId: before.id, judgeId: { notIn: unique } } });
      await tx.schedulePanelJudge.createMany({
        data: joining.map((judgeId) => ({ panelId: before.id, roundId: round.id, judgeId })),
      });
      // The slot keeps the room's name (its uniqueness per time relies on it), so a renamed room renames its slots.
      if (after.name !== before.name)
        await tx.presentationSlot.updateMany({ where: { panelId: before.id }, data: { room: after.name } });
      await audit({
        action: "schedule.update-panel",
        entityType: "SchedulePanel",
        entityId: after.id,
        before: { ...before, judgeIds: before.judges.map((j) => j.judgeId) },
        after: { ...after, judgeIds: unique },
      });
      return after;
    },
    { onUniqueViolation: duplicatePanel },
  );
}

export async function removePanel(actor: Actor, input: RemovePanelInput) {
  return auditedWrite(actor, async (tx, audit) => {
    const round = await lockScheduleRound(tx, input.roundId, "PRESENTATION_INTERVIEW");
    const before = found(
      await tx.schedulePanel.findFirst({ where: { id: input.panelId, roundId: round.id } }),
      "Panel",
    );
    const used = await tx.presentationSlot.count({ where: { panelId: before.id } });
    if (used)
      throw new DomainError(
        "CONFLICT",
        `${before.name} masih memuat ${used} usulan terjadwal; pindahkan atau kosongkan jadwal dulu.`,
      );
    await tx.schedulePanel.delete({ where: { id: before.id } });
    await audit({ action: "schedule.remove-panel", entityType: "SchedulePanel", entityId: before.id, before });
    return before;
  });
}
