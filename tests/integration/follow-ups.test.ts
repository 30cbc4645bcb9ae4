// Follow-ups 6 and 12 months after an award: created once per innovation and period when the winners are public
// (by the hourly job, or by the results feature calling scheduleFollowUps), reminded through the outbox once
// before the due day and weekly while overdue, listed for admins while overdue, reported by the unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, runAs } from "@/lib/auth/session";
import { reportFollowUpAction } from "@/lib/follow-ups/actions";
import { REMINDER_TEMPLATE, runFollowUpJob, scheduleFollowUps } from "@/lib/follow-ups/follow-ups";
import { adminFollowUps, latestFollowUpFor } from "@/lib/follow-ups/follow-ups-queries";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";
import { confirmedResult, publish } from "../helpers/results";

let db: TestDatabase;
const wib = (s: string) => new Date(`${s}+07:00`);
const CONFIRMED = wib("2027-06-15T10:00");
let kab: { id: string; innovationId: string };
let kota: { id: string; innovationId: string };
let resultId: string;

beforeAll(async () => {
  db = await appDatabase();
  kab = await createProposal(db.prisma, { status: "PASSED", title: "Inovasi Kepanjen" });
  kota = await createProposal(db.prisma, {
    status: "PASSED",
    title: "Inovasi Kendalkerep",
    unitId: UNIT_IDS.puskesmasKendalkerep,
    institutionId: UNIT_IDS.kotaMalang,
  });
  const other = await createProposal(db.prisma, { status: "PASSED", title: "Inovasi tanpa penghargaan" });
  const result = await confirmedResult(
    db.prisma,
    [
      { proposalId: kab.id, awards: ["Terbaik 1", "Replikasi Terbaik"] },
      { proposalId: kota.id, awards: ["Terbaik 2"] },
      { proposalId: other.id },
    ],
    { confirmedAt: CONFIRMED },
  );
  resultId = result.id;
});
afterAll(async () => {
  await db?.close();
});

const followUps = () =>
  db.prisma.followUp.findMany({
    orderBy: [{ dueOn: "asc" }, { innovationId: "asc" }],
    include: { innovation: { select: { name: true } } },
  });
const reminders = () => db.prisma.notification.count({ where: { template: REMINDER_TEMPLATE } });

describe("creating follow-ups", () => {
  it("waits until the winners are published, then creates one per innovation and period, once", async () => {
    expect(await runFollowUpJob(db.prisma, wib("2027-06-16T10:00"))).toEqual({ scheduled: 0, reminded: 0 });
    await publish(db.prisma, wib("2027-06-16T09:00"));
    expect((await runFollowUpJob(db.prisma, wib("2027-06-16T10:00"))).scheduled).toBe(4);
    const rows = await followUps();
    const seen = rows.map((r) => `${r.dueOn.toISOString().slice(0, 10)} ${r.monthsAfter} ${r.innovation.name}`).sort();
    expect(seen).toEqual([
      "2027-12-15 6 Inovasi Kendalkerep",
      "2027-12-15 6 Inovasi Kepanjen",
      "2028-06-15 12 Inovasi Kendalkerep",
      "2028-06-15 12 Inovasi Kepanjen",
    ]);
    expect((await runFollowUpJob(db.prisma, wib("2027-06-16T11:00"))).scheduled).toBe(0);
    expect(await db.prisma.auditEntry.count({ where: { action: "follow-up.schedule" } })).toBe(1);
  });

  it("adds none for a correction that copies the awards (scheduleFollowUps, for the results feature)", async () => {
    const correction = await confirmedResult(
      db.prisma,
      [
        { proposalId: kab.id, awards: ["Terbaik 1"] },
        { proposalId: kota.id, awards: ["Terbaik 2"] },
      ],
      { version: 2, supersedesId: resultId, confirmedAt: wib("2027-06-20T10:00") },
    );
    expect(await db.prisma.$transaction((tx) => scheduleFollowUps(tx, correction.id))).toBe(0);
    expect(await db.prisma.followUp.count()).toBe(4);
  });
});

describe("reminders", () => {
  it("go out once in the two weeks before the due day, then once overdue and weekly after", async () => {
    expect((await runFollowUpJob(db.prisma, wib("2027-11-30T10:00"))).reminded).toBe(0);
    // 14 days before 15 Dec: both 6-month follow-ups.
    expect((await runFollowUpJob(db.prisma, wib("2027-12-01T10:00"))).reminded).toBe(2);
    const sent = await reminders();
    expect(sent).toBeGreaterThanOrEqual(2); // one per member of each unit's tree
    expect((await runFollowUpJob(db.prisma, wib("2027-12-01T11:00"))).reminded).toBe(0);
    expect((await runFollowUpJob(db.prisma, wib("2027-12-15T10:00"))).reminded).toBe(0);
    expect(await reminders()).toBe(sent);
    // Overdue from 16 Dec; then weekly.
    expect((await runFollowUpJob(db.prisma, wib("2027-12-16T08:00"))).reminded).toBe(2);
    expect((await runFollowUpJob(db.prisma, wib("2027-12-22T08:00"))).reminded).toBe(0);
    expect((await runFollowUpJob(db.prisma, wib("2027-12-23T08:00"))).reminded).toBe(2);
    const mail = await db.prisma.notification.findFirst({
      where: { template: REMINDER_TEMPLATE, recipientId: "user-operator-kepanjen" },
      orderBy: { createdAt: "desc" },
    });
    expect(mail?.subject).toContain('Terlambat: laporan tindak lanjut 6 bulan "Inovasi Kepanjen"');
    expect(mail?.body).toContain("/unit/tindak-lanjut");
  });
});

describe("overdue list and the unit's report", () => {
  it("lists the overdue ones for admins until the unit reports; a unit reports only its own", async () => {
    const admin = (await loadActor("user-admin"))!;
    // Time passes: the 6-month reports fell due ten days ago (the report is checked against the real clock).
    const now = new Date();
    await db.prisma.followUp.updateMany({
      where: { monthsAfter: 6 },
      data: {
        dueOn: new Date(`${new Date(now.getTime() - 10 * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`),
        remindedAt: null,
      },
    });
    const before = await adminFollowUps(admin, "terlambat", 1, now);
    expect(before.overdueCount).toBe(2);
    expect(before.items.map((i) => i.innovation.name).sort()).toEqual(["Inovasi Kendalkerep", "Inovasi Kepanjen"]);

    const six = (await followUps()).find((f) => f.innovationId === kab.innovationId && f.monthsAfter === 6)!;
    const input = { followUpId: six.id, stillRunning: "ya", beneficiaries: "1.250", budgetRupiah: "", notes: "" };
    const foreign = await runAs("user-operator-kendalkerep", () => reportFollowUpAction(input));
    expect(foreign).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const missing = await runAs("user-operator-kepanjen", () => reportFollowUpAction({ ...input, beneficiaries: "" }));
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { beneficiaries: ["Isi jumlah penerima manfaat selama periode ini."] },
    });
    expect(await runAs("user-operator-kepanjen", () => reportFollowUpAction(input))).toMatchObject({ ok: true });
    const twice = await runAs("user-operator-kepanjen", () => reportFollowUpAction(input));
    expect(!twice.ok && twice.error).toContain("sudah dikirim");

    const after = await adminFollowUps(admin, "terlambat", 1, now);
    expect(after.items.map((i) => i.innovation.name)).toEqual(["Inovasi Kendalkerep"]);
    expect(await latestFollowUpFor(kab.innovationId)).toMatchObject({
      monthsAfter: 6,
      stillRunning: true,
      figures: { beneficiaries: 1250, budgetRupiah: null },
    });
    expect(await latestFollowUpFor(kota.innovationId)).toBeNull();
    // Reported: no more reminders for it; the other still gets its weekly one.
    expect((await runFollowUpJob(db.prisma, new Date(now.getTime() + 8 * 86_400_000))).reminded).toBe(1);
  });
});
