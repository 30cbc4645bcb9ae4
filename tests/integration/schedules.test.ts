// The presentation schedule and site visits (issue 11 item 6) against real PostgreSQL, through the server
// actions: filling around conflicts, moving and swapping under the same rule, the locks, publishing to the
// units, and site-visit teams.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, runAs } from "@/lib/auth/session";
import {
  addPanelAction,
  clearScheduleAction,
  fillScheduleAction,
  moveEntryAction,
  publishScheduleAction,
  regenerateScheduleAction,
  saveScheduleSettingsAction,
  saveSiteVisitAction,
  unpublishScheduleAction,
  updatePanelAction,
} from "@/lib/schedules/actions";
import { scheduleExportRows } from "@/lib/schedules/export";
import { ownUnitSchedules, proposalSchedule } from "@/lib/schedules/queries";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

const ADMIN = "user-admin";
const KEPANJEN_OPERATOR = "user-operator-kepanjen";
const KENDALKEREP_OPERATOR = "user-operator-kendalkerep";
let roundNo = 20;
let seq = 0;

async function judge(name: string) {
  const id = `user-jadwal-${++seq}`;
  await db.prisma.user.create({
    data: { id, email: `jadwal${seq}@kovablik.test`, name, status: "ACTIVE", judgeProfile: { create: {} } },
  });
  return id;
}

async function entry(unitId: string, institutionId: string, title: string) {
  const innovation = await db.prisma.innovation.create({ data: { unitId, name: title } });
  const p = await db.prisma.proposal.create({
    data: {
      editionId: DEMO_EDITION.id,
      innovationId: innovation.id,
      unitId,
      institutionId,
      title,
      status: "PASSED",
      sdgs: [],
    },
  });
  return p.id;
}

async function round(kind: "PRESENTATION_INTERVIEW" | "SITE_VISIT", entries: string[], judges: string[]) {
  const r = await db.prisma.round.create({
    data: { editionId: DEMO_EDITION.id, order: ++roundNo, kind, name: `Babak jadwal ${roundNo}`, weight: "0" },
  });
  await db.prisma.roundEntry.createMany({ data: entries.map((proposalId) => ({ roundId: r.id, proposalId })) });
  await db.prisma.judgeAppointment.createMany({ data: judges.map((userId) => ({ roundId: r.id, userId })) });
  return r.id;
}

const asAdmin = <T>(f: () => Promise<T>) => runAs(ADMIN, f);
const day = { date: "2027-04-19", start: "08:00", end: "09:00" };
const settings = (roundId: string, days = [day]) => ({
  roundId,
  presentationMinutes: 7,
  interviewMinutes: 13,
  breakMinutes: 0,
  days,
});
const slotsOf = async (roundId: string) =>
  Object.fromEntries(
    (await db.prisma.presentationSlot.findMany({ where: { roundId } })).map((s) => [
      s.proposalId,
      `${s.room} ${new Date(s.startsAt.getTime() + 7 * 3_600_000).toISOString().slice(11, 16)}`,
    ]),
  );

describe("presentation schedule", () => {
  let roundId: string;
  let kab1: string, kab2: string, kota: string;
  let conflicted: string, free: string;
  let panelA: string;

  beforeAll(async () => {
    kab1 = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang, "Jadwal Kepanjen Satu");
    kab2 = await entry(UNIT_IDS.dinkesKabMalang, UNIT_IDS.kabMalang, "Jadwal Kepanjen Dua");
    kota = await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang, "Jadwal Kendalkerep");
    conflicted = await judge("Juri Berkonflik Kab Malang");
    free = await judge("Juri Bebas");
    roundId = await round("PRESENTATION_INTERVIEW", [kab1, kab2, kota], [conflicted, free]);
    await db.prisma.conflict.create({
      data: {
        editionId: DEMO_EDITION.id,
        judgeId: conflicted,
        unitId: UNIT_IDS.kabMalang,
        source: "ADMIN",
        reason: "Uji.",
      },
    });
  });

  it("fills around the conflict: the Kabupaten Malang entries go to the other room, earliest slots first", async () => {
    expect((await asAdmin(() => saveScheduleSettingsAction(settings(roundId)))).ok).toBe(true);
    const a = await asAdmin(() => addPanelAction({ roundId, name: "Ruang A", judgeIds: [conflicted] }));
    const b = await asAdmin(() => addPanelAction({ roundId, name: "Ruang B", judgeIds: [free] }));
    expect(a.ok && b.ok).toBe(true);
    panelA = (await db.prisma.schedulePanel.findFirstOrThrow({ where: { roundId, name: "Ruang A" } })).id;

    const r = await asAdmin(() => fillScheduleAction({ roundId }));
    expect(r).toMatchObject({ ok: true, data: { placed: 3, unplaced: [] } });
    // Hand-computed: both Kab Malang entries can only sit in Ruang B (08:00, 08:20, in title order); the Kota one
    // then goes to the emptier Ruang A.
    expect(await slotsOf(roundId)).toEqual({
      [kab2]: "Ruang B 08:00",
      [kab1]: "Ruang B 08:20",
      [kota]: "Ruang A 08:00",
    });
    expect(await db.prisma.auditEntry.count({ where: { action: "schedule.fill", entityId: roundId } })).toBe(1);
  });

  it("refuses a manual move or a swap onto a conflicted panel and changes nothing", async () => {
    const before = await slotsOf(roundId);
    const move = await asAdmin(() =>
      moveEntryAction({ roundId, proposalId: kab1, panelId: panelA, startsAt: "2027-04-19T08:20" }),
    );
    expect(move).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(move.ok ? "" : move.error).toContain("Juri Berkonflik Kab Malang");
    // Swapping the Kota entry with Kepanjen Dua would put Kepanjen Dua in Ruang A.
    const panelB = (await db.prisma.schedulePanel.findFirstOrThrow({ where: { roundId, name: "Ruang B" } })).id;
    const swap = await asAdmin(() =>
      moveEntryAction({ roundId, proposalId: kota, panelId: panelB, startsAt: "2027-04-19T08:00" }),
    );
    expect(swap).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await slotsOf(roundId)).toEqual(before);

    const ok = await asAdmin(() =>
      moveEntryAction({ roundId, proposalId: kota, panelId: panelB, startsAt: "2027-04-19T08:40" }),
    );
    expect(ok.ok).toBe(true);
    expect((await slotsOf(roundId))[kota]).toBe("Ruang B 08:40");
  });

  it("locks the times while entries hold slots, and refuses a judge who conflicts with an entry of the panel", async () => {
    const r = await asAdmin(() => saveScheduleSettingsAction({ ...settings(roundId), breakMinutes: 5 }));
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    const panelB = (await db.prisma.schedulePanel.findFirstOrThrow({ where: { roundId, name: "Ruang B" } })).id;
    await db.prisma.schedulePanelJudge.deleteMany({ where: { roundId, judgeId: conflicted } });
    const join = await asAdmin(() =>
      updatePanelAction({ roundId, panelId: panelB, name: "Ruang B", judgeIds: [free, conflicted] }),
    );
    expect(join).toMatchObject({ ok: false });
    expect(join.ok ? "" : join.error).toContain("berkonflik");
    await db.prisma.schedulePanelJudge.create({ data: { panelId: panelA, roundId, judgeId: conflicted } });
  });

  it("shows the unit its slot only after publishing, and only its own", async () => {
    const kepanjen = (await loadActor(KEPANJEN_OPERATOR))!;
    const kendalkerep = (await loadActor(KENDALKEREP_OPERATOR))!;
    expect(await proposalSchedule(kepanjen, kab1)).toEqual([]);
    expect(await ownUnitSchedules(kepanjen)).toEqual([]);

    expect((await asAdmin(() => publishScheduleAction({ roundId }))).ok).toBe(true);
    const mine = await proposalSchedule(kepanjen, kab1);
    expect(mine).toEqual([
      expect.objectContaining({
        kind: "PRESENTATION",
        room: "Ruang B",
        minutes: 20,
        startsAt: new Date("2027-04-19T01:20:00Z"),
      }),
    ]);
    expect((await ownUnitSchedules(kepanjen)).map((i) => i.proposalId)).toEqual([kab1]);
    // Another unit's operator sees nothing of it.
    expect(await proposalSchedule(kendalkerep, kab1)).toEqual([]);
    expect((await ownUnitSchedules(kendalkerep)).map((i) => i.proposalId)).toEqual([kota]);
    expect(await db.prisma.auditEntry.count({ where: { action: "schedule.publish", entityId: roundId } })).toBe(1);
    // One mail per person of the units concerned, each listing only their own entries.
    const mail = await db.prisma.notification.findMany({ where: { template: "schedule.published" } });
    const to = (email: string) => mail.filter((m) => m.recipientEmail === email);
    expect(to("operator.kepanjen@kovablik.test")).toHaveLength(1);
    expect(to("operator.kepanjen@kovablik.test")[0]!.body).toContain(
      '"Jadwal Kepanjen Satu": 19 April 2027 pukul 08.20–08.40 WIB, Ruang B (20 menit presentasi dan wawancara)',
    );
    expect(to("operator.kepanjen@kovablik.test")[0]!.body).not.toContain("Jadwal Kendalkerep");
    expect(to("adminlokal.kabmalang@kovablik.test")[0]!.body).toContain("Jadwal Kepanjen Dua");
    expect(to("operator.kendalkerep@kovablik.test")[0]!.body).not.toContain("Kepanjen");

    expect((await asAdmin(() => unpublishScheduleAction({ roundId }))).ok).toBe(true);
    expect(await proposalSchedule(kepanjen, kab1)).toEqual([]);
  });

  it("exports the schedule day by day with the room's judges, each cell neutralised by the file writer", async () => {
    const { rows } = await scheduleExportRows((await loadActor(ADMIN))!, roundId);
    expect(rows[0]).toEqual([
      "No",
      "Tanggal",
      "Mulai (WIB)",
      "Selesai (WIB)",
      "Menit",
      "Panel/ruang",
      "Juri panel",
      "Judul usulan",
      "Unit",
    ]);
    expect(rows[1]).toEqual(
      expect.arrayContaining(["08.00 WIB", "08.20 WIB", "Ruang B", "Juri Bebas", "Jadwal Kepanjen Dua"]),
    );
  });

  it("regenerates in one step: the manual move is undone, the publication taken back", async () => {
    await asAdmin(() => publishScheduleAction({ roundId }));
    const r = await asAdmin(() => regenerateScheduleAction({ roundId }));
    expect(r).toMatchObject({ ok: true, data: { placed: 3, unplaced: [] } });
    expect(await slotsOf(roundId)).toEqual({
      [kab2]: "Ruang B 08:00",
      [kab1]: "Ruang B 08:20",
      [kota]: "Ruang A 08:00",
    });
    expect((await db.prisma.schedule.findUniqueOrThrow({ where: { roundId } })).publishedAt).toBeNull();
  });

  it("clears after confirmation (taking the publication back) and lists leftovers when slots run short", async () => {
    await asAdmin(() => publishScheduleAction({ roundId }));
    expect(await asAdmin(() => clearScheduleAction({ roundId }))).toMatchObject({ ok: true });
    expect(await db.prisma.presentationSlot.count({ where: { roundId } })).toBe(0);
    expect((await db.prisma.schedule.findUniqueOrThrow({ where: { roundId } })).publishedAt).toBeNull();

    // One 20-minute slot per room: Ruang B takes one Kab Malang entry, the other has nowhere to go.
    await asAdmin(() => saveScheduleSettingsAction(settings(roundId, [{ ...day, end: "08:20" }])));
    const r = await asAdmin(() => fillScheduleAction({ roundId }));
    expect(r.ok && r.data.placed).toBe(2);
    expect(r.ok && r.data.unplaced).toEqual([
      {
        proposalId: kab1,
        title: "Jadwal Kepanjen Satu",
        reason: "Slot di panel yang boleh menilainya (Ruang B) sudah penuh; tambah hari, jam, atau panel.",
      },
    ]);
  });

  it("refuses bad input with a clear message and writes nothing", async () => {
    const r = await asAdmin(() =>
      saveScheduleSettingsAction({
        ...settings(roundId),
        days: [{ date: "2027-02-30", start: "09:00", end: "08:00" }],
      }),
    );
    expect(r).toMatchObject({ ok: false, code: "INVALID" });
    expect(r.ok ? {} : r.fieldErrors).toMatchObject({
      "days.0.date": ["Isi tanggal yang benar (hari/bulan/tahun)."],
    });
  });
});

describe("site visits", () => {
  let roundId: string;
  let kab: string;
  let conflicted: string, free: string;

  beforeAll(async () => {
    kab = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang, "Kunjungan Kepanjen");
    conflicted = await judge("Juri Kunjungan Berkonflik");
    free = await judge("Juri Kunjungan Bebas");
    roundId = await round("SITE_VISIT", [kab], [conflicted, free]);
    await db.prisma.conflict.create({
      data: { editionId: DEMO_EDITION.id, judgeId: conflicted, proposalId: kab, source: "ADMIN", reason: "Kerabat." },
    });
  });

  const visit = (over: object = {}) => ({
    roundId,
    proposalId: kab,
    visitDate: "2027-05-10",
    judgeIds: [free],
    evaluators: [{ name: "Sri Wahyuni", role: "Sekretariat" }],
    note: "",
    ...over,
  });

  it("refuses a team without a judge or without an evaluator, or with a conflicted judge", async () => {
    expect(await asAdmin(() => saveSiteVisitAction(visit({ judgeIds: [] })))).toMatchObject({
      ok: false,
      fieldErrors: { judgeIds: ["Pilih minimal satu juri (anggota panel)."] },
    });
    expect(await asAdmin(() => saveSiteVisitAction(visit({ evaluators: [] })))).toMatchObject({
      ok: false,
      fieldErrors: { evaluators: ["Tambahkan minimal satu penilai (misalnya staf sekretariat)."] },
    });
    const c = await asAdmin(() => saveSiteVisitAction(visit({ judgeIds: [free, conflicted] })));
    expect(c).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(c.ok ? "" : c.error).toContain("Juri Kunjungan Berkonflik");
    expect(await db.prisma.siteVisit.count({ where: { roundId } })).toBe(0);
  });

  it("saves a valid team, and the unit sees the date once published", async () => {
    expect((await asAdmin(() => saveSiteVisitAction(visit()))).ok).toBe(true);
    const kepanjen = (await loadActor(KEPANJEN_OPERATOR))!;
    expect(await proposalSchedule(kepanjen, kab)).toEqual([]);
    expect((await asAdmin(() => publishScheduleAction({ roundId }))).ok).toBe(true);
    expect(await proposalSchedule(kepanjen, kab)).toEqual([
      expect.objectContaining({ kind: "SITE_VISIT", visitDate: new Date("2027-05-10T00:00:00Z") }),
    ]);
    expect(await db.prisma.auditEntry.count({ where: { action: "site-visit.save" } })).toBe(1);
  });

  it("refuses presentation settings on a site-visit round", async () => {
    const r = await asAdmin(() => saveScheduleSettingsAction(settings(roundId)));
    expect(r).toMatchObject({ ok: false, code: "INVALID" });
  });
});
