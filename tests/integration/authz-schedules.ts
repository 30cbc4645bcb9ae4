// Authorisation samples of the schedule actions (lib/schedules/actions.ts): the demo edition's presentation
// round (order 2, the seeded demo judge appointed) with two entries, slot settings, a panel and one placed
// entry; and a site-visit round (order 3) with one entry and its planned visit. Admins only; nothing is unit-scoped.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_EDITION } from "@/prisma/seed-data";
import type { ActionCase, Principal } from "./authz-matrix";

const ADMIN_ONLY: readonly Principal[] = ["admin"];

export type ScheduleFixtures = {
  presentationRoundId: string;
  panelId: string;
  placed: string;
  unplaced: string;
  siteVisitRoundId: string;
  visitEntry: string;
  judgeId: string;
};

export async function prepareScheduleFixtures(
  db: PrismaClient,
  kabEntry: string,
  kotaEntry: string,
): Promise<ScheduleFixtures> {
  const judgeId = "user-juri-desk";
  const presentation = await db.round.findUniqueOrThrow({
    where: { editionId_order: { editionId: DEMO_EDITION.id, order: 2 } },
  });
  await db.roundEntry.createMany({
    data: [kabEntry, kotaEntry].map((proposalId) => ({ roundId: presentation.id, proposalId })),
  });
  await db.schedule.create({
    data: { roundId: presentation.id, days: [{ date: "2027-04-19", start: "08:00", end: "10:00" }] },
  });
  const panel = await db.schedulePanel.create({
    data: {
      roundId: presentation.id,
      order: 1,
      name: "Ruang Matriks",
      judges: { create: [{ roundId: presentation.id, judgeId }] },
    },
  });
  await db.presentationSlot.create({
    data: {
      roundId: presentation.id,
      proposalId: kabEntry,
      panelId: panel.id,
      room: panel.name,
      startsAt: new Date("2027-04-19T01:00:00Z"),
      minutes: 20,
    },
  });
  const site = await db.round.create({
    data: { editionId: DEMO_EDITION.id, order: 3, kind: "SITE_VISIT", name: "Kunjungan Lapangan", weight: "0" },
  });
  await db.roundEntry.create({ data: { roundId: site.id, proposalId: kabEntry } });
  await db.judgeAppointment.create({ data: { roundId: site.id, userId: judgeId } });
  // A planned visit, so that removing one has something to remove.
  await db.siteVisit.create({
    data: {
      roundId: site.id,
      proposalId: kabEntry,
      visitDate: new Date("2027-05-10T00:00:00Z"),
      evaluators: [{ name: "Staf Sekretariat", role: "Sekretariat" }],
      judges: { create: [{ roundId: site.id, judgeId }] },
    },
  });
  return {
    presentationRoundId: presentation.id,
    panelId: panel.id,
    placed: kabEntry,
    unplaced: kotaEntry,
    siteVisitRoundId: site.id,
    visitEntry: kabEntry,
    judgeId,
  };
}

type Fx = { schedules: ScheduleFixtures };
const p = (f: Fx) => f.schedules.presentationRoundId;

export const SCHEDULE_ACTIONS: Record<string, ActionCase> = {
  "schedules.save-settings": {
    allowed: ADMIN_ONLY,
    // Slots exist, so the allowed call is refused as locked: past authorisation and validation, nothing written.
    input: (f) => ({
      roundId: p(f),
      presentationMinutes: 7,
      interviewMinutes: 13,
      breakMinutes: 0,
      days: [{ date: "2027-04-19", start: "08:00", end: "10:00" }],
    }),
  },
  "schedules.add-panel": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: p(f), name: "Ruang Baru", judgeIds: [] }) },
  "schedules.update-panel": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: p(f),
      panelId: f.schedules.panelId,
      name: "Ruang Matriks 2",
      judgeIds: [f.schedules.judgeId],
    }),
  },
  "schedules.remove-panel": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: p(f), panelId: f.schedules.panelId }) },
  "schedules.fill": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: p(f) }) },
  "schedules.regenerate": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: p(f) }) },
  "schedules.clear": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: p(f) }) },
  "schedules.move-entry": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: p(f),
      proposalId: f.schedules.unplaced,
      panelId: f.schedules.panelId,
      startsAt: "2027-04-19T08:20",
    }),
  },
  "schedules.publish": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: p(f) }) },
  "schedules.unpublish": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: p(f) }) },
  "schedules.save-site-visit": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.schedules.siteVisitRoundId,
      proposalId: f.schedules.visitEntry,
      visitDate: "2027-05-10",
      judgeIds: [f.schedules.judgeId],
      evaluators: [{ name: "Staf Sekretariat", role: "Sekretariat" }],
      note: "",
    }),
  },
  "schedules.remove-site-visit": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.schedules.siteVisitRoundId, proposalId: f.schedules.visitEntry }),
  },
};
