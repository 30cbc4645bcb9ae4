import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit, verifyAuditChain } from "@/lib/audit/audit";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("audit log", () => {
  it("chains entries so that the whole log verifies, even under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.prisma.$transaction((tx) =>
          recordAudit(tx, {
            actorId: "user-admin",
            action: "unit.rename",
            entityType: "Unit",
            entityId: `unit-${i}`,
            before: { name: `Lama ${i}`, at: new Date(0) },
            after: { name: `Baru ${i}`, nested: { b: 1, a: [1, 2] } },
          }),
        ),
      ),
    );
    expect(await verifyAuditChain(db.prisma)).toEqual({ ok: true, entries: 12 });
  });

  it("detects an entry edited behind the application's back", async () => {
    const victim = await db.prisma.auditEntry.findFirstOrThrow({ where: { entityId: "unit-3" } });
    // Someone with database access disables the guard and rewrites history.
    await db.prisma.$transaction([
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`),
      db.prisma
        .$executeRaw`UPDATE "AuditEntry" SET "after" = '{"name":"Dipalsukan"}'::jsonb WHERE "seq" = ${victim.seq}`,
      db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`),
    ]);
    const result = await verifyAuditChain(db.prisma);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.brokenAtSeq).toBe(victim.seq);
  });
});
