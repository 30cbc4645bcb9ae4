import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainEntryHash, recordAudit } from "@/lib/audit/audit";
import { verifyAuditLog, writeCheckpoint } from "@/lib/audit/checkpoint";
import { listAuditEntries, parseAuditFilters } from "@/lib/audit/queries";
import { loadActor, runAs } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { createUnitAction } from "@/lib/units/actions";
import * as pdfRoute from "@/app/api/usulan/[id]/pdf/route";
import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-anchor-"));
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function addEntries(n: number, tag: string) {
  for (let i = 0; i < n; i++) {
    await db.prisma.$transaction((tx) =>
      recordAudit(tx, {
        actorId: "user-admin",
        action: "unit.rename",
        entityType: "Unit",
        entityId: `${tag}-${i}`,
        after: { name: `${tag} ${i}` },
      }),
    );
  }
}

/** What someone with full database access but without the app's key can do. */
async function asDatabaseOwner(sql: (q: typeof db.prisma) => Promise<unknown>) {
  await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only"`);
  try {
    await sql(db.prisma);
  } finally {
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only"`);
  }
}

describe("audit chain anchored outside the database", () => {
  it("detects the newest entries removed after a checkpoint", async () => {
    const file = path.join(dir, "truncate.jsonl");
    await addEntries(5, "potong");
    expect(await writeCheckpoint(db.prisma, { file })).toMatchObject({ written: true });
    expect(await verifyAuditLog(db.prisma, { file })).toMatchObject({ ok: true, checkpoints: 1 });

    const head = await db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
    await asDatabaseOwner((q) => q.$executeRaw`DELETE FROM "AuditEntry" WHERE "seq" > ${head.seq - 2n}`);
    // The remaining chain is internally consistent; only the checkpoint shows what is missing.
    const result = await verifyAuditLog(db.prisma, { file });
    expect(result).toMatchObject({ ok: false, problem: "truncated", brokenAtSeq: head.seq - 1n });
    // And no new checkpoint blesses the shortened log.
    expect(await writeCheckpoint(db.prisma, { file })).toMatchObject({ written: false, problem: "rewritten" });
  });

  it("detects a whole chain recomputed with plain sha256 after an edit", async () => {
    const file = path.join(dir, "recompute.jsonl");
    await addEntries(3, "ubah");
    const entries = await db.prisma.auditEntry.findMany({ orderBy: { seq: "asc" } });
    const victim = entries.find((e) => e.entityId === "ubah-1")!;
    // The forger edits one entry and recomputes every hash the way the log used to be chained.
    await asDatabaseOwner(async (q) => {
      let prev: string | null = null;
      for (const e of entries) {
        const after = e.seq === victim.seq ? { name: "Dipalsukan" } : e.after;
        const hash = plainEntryHash(prev, { ...e, after });
        await q.$executeRaw`UPDATE "AuditEntry" SET "after" = ${JSON.stringify(after)}::jsonb, "prevHash" = ${prev}, "hash" = ${hash} WHERE "seq" = ${e.seq}`;
        prev = hash;
      }
    });
    const result = await verifyAuditLog(db.prisma, { file });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe("chain");
    expect(!result.ok && result.brokenAtSeq).toBe(entries[0]!.seq);
  });
});

describe("what the audit log records beyond changes", () => {
  it("records a refused action: who, which action, why", async () => {
    const r = await runAs("user-operator-kepanjen", () =>
      createUnitAction({ regionCode: "", parentId: "", name: "Unit Siluman", kind: "SERVICE_UNIT" }),
    );
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const entry = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "action.refused" },
      orderBy: { seq: "desc" },
    });
    expect(entry).toMatchObject({ actorId: "user-operator-kepanjen", entityType: "Action", entityId: "units.create" });
    expect(entry.after).toMatchObject({ code: "FORBIDDEN", permission: "unit:manage" });
  });

  it("records a refused route request (a file, a PDF) the same way, under the route's name", async () => {
    const res = await runAs("user-operator-kepanjen", () =>
      pdfRoute.GET(new Request("http://localhost/api/usulan/bukan-usulan/pdf"), {
        params: Promise.resolve({ id: "bukan-usulan" }),
      }),
    );
    expect(res.status).toBe(404);
    const entry = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "action.refused" },
      orderBy: { seq: "desc" },
    });
    expect(entry).toMatchObject({
      actorId: "user-operator-kepanjen",
      entityType: "Action",
      entityId: "route:usulan.pdf",
    });
    expect(entry.after).toMatchObject({ code: "NOT_FOUND" });
  });

  it("records sign-in successes and failures, never the password, and lists them for admins", async () => {
    expect((await authenticate({ email: "juri@kovablik.test", password: DEMO_PASSWORD }, "10.7.0.1")).ok).toBe(true);
    expect((await authenticate({ email: "juri@kovablik.test", password: "Salah#Sekali-99" }, "10.7.0.2")).ok).toBe(
      false,
    );
    expect((await authenticate({ email: "tidak.ada@kovablik.test", password: "Salah#Sekali-99" }, "10.7.0.3")).ok).toBe(
      false,
    );

    const admin = await loadActor("user-admin");
    const signIns = await listAuditEntries(admin, parseAuditFilters({ kind: "masuk" }));
    expect(signIns.entries.map((e) => e.action)).toEqual([
      "auth.sign_in_failed",
      "auth.sign_in_failed",
      "auth.sign_in",
    ]);
    const rows = await db.prisma.auditEntry.findMany({
      where: { action: { startsWith: "auth.sign_in" } },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((r) => [r.actorId, r.entityId, r.after])).toEqual([
      ["user-juri", "user-juri", { address: "10.7.0.1", via: "password" }],
      [null, "user-juri", { address: "10.7.0.2", reason: "password" }],
      [null, null, { address: "10.7.0.3", reason: "unknown-account" }],
    ]);
    expect(JSON.stringify(rows.map((r) => [r.before, r.after]))).not.toContain("Salah#Sekali");
    const refused = await listAuditEntries(admin, parseAuditFilters({ kind: "ditolak" }));
    expect(refused.entries.every((e) => e.action === "action.refused")).toBe(true);
  });
});
