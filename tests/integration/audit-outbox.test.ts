import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryHash } from "@/lib/audit/audit";
import { verifyChain } from "@/lib/audit/actions";
import { fieldChanges, listAuditEntries, parseAuditFilters } from "@/lib/audit/queries";
import { loadActor, runAs } from "@/lib/auth/session";
import { deliverNow, retry } from "@/lib/notifications/actions";
import { getNotification, listNotifications } from "@/lib/notifications/queries";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  // Audit checkpoints of this file's own database only (files run in parallel, each on its own database).
  process.env.KOVABLIK_AUDIT_CHECKPOINTS = path.join(
    os.tmpdir(),
    `kovablik-checkpoints-${process.pid}-${Date.now()}.jsonl`,
  );
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** Appends a chained entry at a chosen time, as recordAudit would have at that moment. */
async function entryAt(at: string, action: string, actorId: string | null, before?: object, after?: object) {
  const last = await db.prisma.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const e = {
    at: new Date(at),
    actorId,
    action,
    entityType: "Unit",
    entityId: "unit-3507-dinkes",
    before: before ?? null,
    after: after ?? null,
  };
  await db.prisma.auditEntry.create({
    data: {
      ...e,
      before: before ?? undefined,
      after: after ?? undefined,
      prevHash: last?.hash ?? null,
      hash: entryHash(last?.hash ?? null, e),
    },
  });
}

describe("audit log browser", () => {
  it("lists newest first and filters by action, actor e-mail and WIB calendar days", async () => {
    await entryAt("2027-01-10T08:00:00+07:00", "units.rename", "user-admin", { name: "Lama" }, { name: "Baru" });
    await entryAt("2027-01-10T23:30:00+07:00", "units.move", "user-adminlokal-kabmalang");
    await entryAt("2027-01-11T00:10:00+07:00", "units.rename", "user-admin");
    const admin = await loadActor("user-admin");

    const all = await listAuditEntries(admin, parseAuditFilters({}));
    expect(all.entries.map((e) => e.action)).toEqual(["units.rename", "units.move", "units.rename"]);

    const renames = await listAuditEntries(admin, parseAuditFilters({ action: "units.rename" }));
    expect(renames.total).toBe(2);

    const byActor = await listAuditEntries(admin, parseAuditFilters({ actor: "ADMINLOKAL.kab" }));
    expect(byActor.entries.map((e) => e.action)).toEqual(["units.move"]);

    // 23.30 WIB on 10 January is still 10 January, although it is 16.30 UTC; 00.10 WIB on the 11th is not.
    const tenth = await listAuditEntries(admin, parseAuditFilters({ from: "2027-01-10", to: "2027-01-10" }));
    expect(tenth.entries.map((e) => e.action)).toEqual(["units.move", "units.rename"]);
    const eleventh = await listAuditEntries(admin, parseAuditFilters({ from: "2027-01-11" }));
    expect(eleventh.total).toBe(1);

    // Garbage in the URL is ignored, not an error.
    expect((await listAuditEntries(admin, parseAuditFilters({ from: "kemarin", page: "-3" }))).total).toBe(3);
  });

  it("shows which fields an entry changed", () => {
    expect(fieldChanges({ name: "Lama", active: true }, { name: "Baru", active: true })).toEqual([
      { key: "active", before: true, after: true, changed: false },
      { key: "name", before: "Lama", after: "Baru", changed: true },
    ]);
  });

  it("refuses the log to anyone but admins", async () => {
    await expect(
      listAuditEntries(await loadActor("user-adminlokal-kabmalang"), parseAuditFilters({})),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("verifies the chain and names the first broken entry", async () => {
    const ok = await runAs("user-admin", () => verifyChain({}));
    expect(ok).toMatchObject({ ok: true, data: { intact: true, entries: 3 }, message: "Rantai utuh: 3 entri." });

    const victim = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "units.move" } });
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
      db.prisma.$executeRaw`UPDATE "AuditEntry" SET "actorId" = 'user-juri' WHERE "seq" = ${victim.seq}`,
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
    ]);
    const broken = await runAs("user-admin", () => verifyChain({}));
    expect(broken).toMatchObject({ ok: true, data: { intact: false, entries: 1, brokenAtSeq: victim.seq.toString() } });
  });
});

describe("outbox", () => {
  it("puts a failed message back in the queue, keeps its attempt count, and audits it", async () => {
    const failed = await db.prisma.notification.create({
      data: {
        recipientEmail: "juri@kovablik.test",
        template: "t",
        subject: "S",
        body: "B",
        state: "FAILED",
        attempts: 8,
        lastError: "timeout",
      },
    });
    const r = await runAs("user-admin", () => retry({ id: failed.id }));
    expect(r.ok).toBe(true);
    const after = await db.prisma.notification.findUniqueOrThrow({ where: { id: failed.id } });
    expect(after).toMatchObject({ state: "PENDING", attempts: 8 });
    const audit = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "outbox.retry", entityId: failed.id },
    });
    expect(audit.actorId).toBe("user-admin");
    expect(audit.before).toMatchObject({ state: "FAILED", attempts: 8 });

    // Only a failed message can be retried.
    expect(await runAs("user-admin", () => retry({ id: failed.id }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("says plainly that nothing is sent without SMTP_URL, and reports failures when the server is unreachable", async () => {
    delete process.env.SMTP_URL;
    const none = await runAs("user-admin", () => deliverNow({}));
    expect(none).toMatchObject({ ok: true, data: { smtpConfigured: false, sent: 0, failed: 0 } });
    expect(none.ok && none.message).toMatch(/Pengiriman email belum diaktifkan oleh pengelola server/);
    expect(await db.prisma.notification.count({ where: { state: "PENDING" } })).toBe(1);

    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    try {
      const down = await runAs("user-admin", () => deliverNow({}));
      expect(down).toMatchObject({ ok: true, data: { smtpConfigured: true, sent: 0, failed: 1 } });
    } finally {
      delete process.env.SMTP_URL;
    }
    // It had used up its attempts before the retry: one more failure and it is marked failed again.
    const msg = await db.prisma.notification.findFirstOrThrow({ where: { subject: "S" } });
    expect(msg).toMatchObject({ state: "FAILED", attempts: 9 });
    expect(msg.lastError).toBeTruthy();
    expect(await db.prisma.auditEntry.count({ where: { action: "outbox.deliverNow" } })).toBe(2);
  });

  it("lists messages by state with counts, and opens one", async () => {
    await db.prisma.notification.create({
      data: { recipientEmail: "x@kovablik.test", template: "t", subject: "Terkirim", body: "B", state: "SENT" },
    });
    await db.prisma.notification.create({
      data: { recipientEmail: "y@kovablik.test", template: "t", subject: "Undangan", body: "Tautan: …" },
    });
    const admin = await loadActor("user-admin");
    const pending = await listNotifications(admin, { state: "PENDING", page: 1, q: undefined });
    expect(pending.items.map((m) => m.subject)).toEqual(["Undangan"]);
    expect(pending.counts).toEqual({ PENDING: 1, SENT: 1, FAILED: 1 });
    expect((await getNotification(admin, pending.items[0]!.id))?.body).toBe("Tautan: …");
    const search = await listNotifications(admin, { state: undefined, page: 1, q: "Y@KOVABLIK" });
    expect(search.items.map((m) => m.recipientEmail)).toEqual(["y@kovablik.test"]);
    await expect(
      listNotifications(await loadActor("user-operator-kepanjen"), { page: 1, state: undefined, q: undefined }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
