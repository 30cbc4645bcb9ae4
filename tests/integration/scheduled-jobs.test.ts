import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/jadwal/route";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  // Audit checkpoints of this file's own database only (files run in parallel, each on its own database).
  process.env.KOVABLIK_AUDIT_CHECKPOINTS = path.join(
    os.tmpdir(),
    `kovablik-checkpoints-${process.pid}-${Date.now()}.jsonl`,
  );
  db = await appDatabase();
  // A draft waiting at the unit, so that there is someone to remind.
  const innovation = await db.prisma.innovation.create({
    data: { unitId: "unit-3507-pkm-kepanjen", name: "Si Cantik" },
  });
  await db.prisma.proposal.create({
    data: {
      editionId: "edition-2027",
      innovationId: innovation.id,
      unitId: "unit-3507-pkm-kepanjen",
      institutionId: "unit-35-07",
      title: "Si Cantik",
    },
  });
  // Registration closes in three days: inside the reminder window.
  await db.prisma.edition.update({
    where: { id: "edition-2027" },
    data: { registrationClosesAt: new Date(Date.now() + 3 * 86_400_000) },
  });
  process.env.KOVABLIK_CRON_SECRET = "rahasia-penjadwal-uji";
});
afterAll(async () => {
  await db?.close();
});

const call = (authorization?: string) =>
  POST(new Request("http://localhost/api/jadwal", { method: "POST", headers: authorization ? { authorization } : {} }));

describe("scheduled jobs (/api/jadwal)", () => {
  it("refuses callers without the scheduler's secret and does nothing", async () => {
    expect((await call()).status).toBe(401);
    expect((await call("Bearer salah")).status).toBe(401);
    expect(await db.prisma.notification.count()).toBe(0);
  });

  it("queues deadline reminders in the last week, once a day", async () => {
    const first = await call("Bearer rahasia-penjadwal-uji");
    expect(first.status).toBe(200);
    const reminders = await db.prisma.notification.findMany({
      where: { template: { startsWith: "proposal.reminder" } },
    });
    expect(reminders.map((n) => n.recipientEmail).sort()).toEqual(
      ["adminlokal.kabmalang@kovablik.test", "operator.kepanjen@kovablik.test"].sort(),
    );
    await call("Bearer rahasia-penjadwal-uji");
    expect(await db.prisma.notification.count({ where: { template: { startsWith: "proposal.reminder" } } })).toBe(
      reminders.length,
    );
  });
});
