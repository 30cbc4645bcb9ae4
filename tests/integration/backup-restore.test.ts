// Issue 13 item 2: `npm run backup` / `npm run restore` round trip. Every proposal, score, file and audit entry
// comes back, the audit chain still verifies against the restored anchor, and a target that holds data is
// refused unless --force. The server path runs against TEST_DATABASE_URL's PostgreSQL (pg_dump/pg_restore);
// the embedded path against a PGlite data directory hosted by this process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/audit";
import { verifyAuditLog } from "@/lib/audit/checkpoint";
import { createBackup } from "@/lib/backup/backup";
import { restoreBackup } from "@/lib/backup/restore";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { ensureEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { LocalFileStorage } from "@/lib/storage/local";
import { seed } from "@/prisma/seed";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { emptyDatabase, MIGRATIONS_DIR } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-backup-test-"));
const envBefore = { ...process.env };

/** One data directory (files, checkpoints) per side, as on two machines. */
function useDataDir(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  process.env.KOVABLIK_DATA_DIR = dir;
  process.env.KOVABLIK_AUDIT_CHECKPOINTS = path.join(dir, "audit-checkpoints.jsonl");
  return dir;
}

afterAll(() => {
  process.env = envBefore;
  fs.rmSync(root, { recursive: true, force: true });
});

/** Proposals with files, a judge's submitted score sheet, and audit entries: what a restore must bring back. */
async function fill(prisma: PrismaClient, dataDir: string) {
  const storage = new LocalFileStorage(path.join(dataDir, "files"));
  for (let i = 0; i < 3; i++) {
    const p = await createProposal(prisma, { status: "SUBMITTED", content: "bare", title: `Cadangan ${i}` });
    const body = Buffer.from(`%PDF-1.4\n% berkas ${i} ${"x".repeat(i * 1000)}\n%%EOF\n`);
    const storageKey = `lampiran/cadangan-${p.id}`;
    await storage.put(storageKey, Readable.from([body]));
    await prisma.attachment.create({
      data: {
        proposalId: p.id,
        kind: "SUPPORTING_DOCUMENT",
        fileName: `dokumen-${i}.pdf`,
        contentType: "application/pdf",
        sizeBytes: body.length,
        sha256: "0".repeat(64),
        storageKey,
      },
    });
    await prisma.$transaction((tx) =>
      recordAudit(tx, { actorId: "user-admin", action: "proposal.create", entityType: "Proposal", entityId: p.id }),
    );
    if (i === 0) {
      const round = await prisma.round.findFirstOrThrow({
        where: { editionId: DEMO_EDITION.id, order: 1 },
        include: { criteria: true },
      });
      await prisma.roundEntry.create({ data: { roundId: round.id, proposalId: p.id } });
      await prisma.judgeAppointment.upsert({
        where: { roundId_userId: { roundId: round.id, userId: "user-juri" } },
        create: { roundId: round.id, userId: "user-juri", declarationSignedAt: new Date() },
        update: {},
      });
      const a = await prisma.assignment.create({ data: { roundId: round.id, proposalId: p.id, judgeId: "user-juri" } });
      await prisma.scoreSheet.create({
        data: {
          assignmentId: a.id,
          state: "SUBMITTED",
          submittedAt: new Date(),
          scores: { create: round.criteria.map((c) => ({ criterionId: c.id, value: 3, comment: "Baik" })) },
        },
      });
    }
  }
}

/** Everything the round trip must preserve, in a comparable form. */
async function snapshot(prisma: PrismaClient, dataDir: string) {
  const attachments = await prisma.attachment.findMany({ orderBy: { id: "asc" } });
  return {
    proposals: await prisma.proposal.findMany({
      orderBy: { id: "asc" },
      select: { id: true, title: true, status: true, version: true },
    }),
    scores: (await prisma.score.findMany({ orderBy: [{ sheetId: "asc" }, { criterionId: "asc" }] })).map((s) => ({
      ...s,
      value: s.value.toString(),
    })),
    sheets: await prisma.scoreSheet.findMany({ orderBy: { id: "asc" }, select: { id: true, state: true } }),
    attachments: attachments.map((a) => ({ id: a.id, storageKey: a.storageKey })),
    files: Object.fromEntries(
      attachments
        .filter((a) => a.storageKey.startsWith("lampiran/"))
        .map((a) => [a.storageKey, fs.readFileSync(path.join(dataDir, "files", a.storageKey)).toString("base64")]),
    ),
    audit: (await prisma.auditEntry.findMany({ orderBy: { seq: "asc" }, select: { seq: true, hash: true } })).map(
      (e) => `${e.seq}:${e.hash}`,
    ),
  };
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("backup and restore on a PostgreSQL server", () => {
  let source: { url: string; close: () => Promise<void> };
  let target: { url: string; close: () => Promise<void> };
  let sourcePrisma: PrismaClient;
  let targetPrisma: PrismaClient;
  const archive = path.join(root, "server.tar.gz");

  beforeAll(async () => {
    source = await emptyDatabase();
    target = await emptyDatabase();
    await applyMigrations({ url: source.url, migrationsDir: MIGRATIONS_DIR });
    sourcePrisma = createPrismaClient(source.url);
    targetPrisma = createPrismaClient(target.url);
    await seed(sourcePrisma);
  });
  afterAll(async () => {
    await sourcePrisma?.$disconnect();
    await targetPrisma?.$disconnect();
    await source?.close();
    await target?.close();
  });

  it("brings back every proposal, score, file and audit entry, and the chain verifies", async () => {
    const sourceDir = useDataDir("server-source");
    await fill(sourcePrisma, sourceDir);
    const before = await snapshot(sourcePrisma, sourceDir);
    expect(before.scores.length).toBeGreaterThan(0);
    expect(before.audit.length).toBeGreaterThanOrEqual(3);

    const manifest = await createBackup({ file: archive, database: "server", url: source.url });
    expect(manifest).toMatchObject({ database: "server", files: 3, counts: { Proposal: before.proposals.length } });
    expect(fs.statSync(archive).mode & 0o077).toBe(0);

    const targetDir = useDataDir("server-target");
    await applyMigrations({ url: target.url, migrationsDir: MIGRATIONS_DIR }); // migrated but empty: no --force needed
    const lines: string[] = [];
    const result = await restoreBackup({
      file: archive,
      database: "server",
      url: target.url,
      log: (l) => lines.push(l),
    });
    const after = await snapshot(targetPrisma, targetDir);
    expect({ ...after, audit: after.audit.slice(0, before.audit.length) }).toEqual(before);
    // The restore itself is the one new entry, chained after the restored head.
    expect(after.audit).toHaveLength(before.audit.length + 1);
    const last = await targetPrisma.auditEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(last.action).toBe("system.restore");
    expect(await verifyAuditLog(targetPrisma)).toMatchObject({ ok: true, entries: before.audit.length + 1 });
    expect(result.auditEntries).toBe(before.audit.length);
    expect(lines.join("\n")).toMatch(/Dipulihkan: \d+ usulan/);
  });

  it("refuses to overwrite a database that holds data unless --force, and changes nothing", async () => {
    const targetDir = useDataDir("server-target");
    const count = await targetPrisma.auditEntry.count();
    await expect(restoreBackup({ file: archive, database: "server", url: target.url })).rejects.toThrow(
      /tidak kosong.*Tidak ada yang diubah.*--force/,
    );
    expect(await targetPrisma.auditEntry.count()).toBe(count);

    // A proposal added after the backup disappears with --force; its file is kept aside, not deleted.
    await createProposal(targetPrisma, { title: "Sesudah cadangan" });
    const result = await restoreBackup({ file: archive, database: "server", url: target.url, force: true });
    expect(await targetPrisma.proposal.count({ where: { title: "Sesudah cadangan" } })).toBe(0);
    expect(result.movedAside.some((p) => p.includes("files.before-restore-"))).toBe(true);
    expect(await verifyAuditLog(targetPrisma)).toMatchObject({ ok: true });
    expect(fs.existsSync(path.join(targetDir, "audit-checkpoints.jsonl"))).toBe(true);
  });

  it("refuses an archive that is not a backup, and a backup of the other kind of database", async () => {
    useDataDir("server-target");
    const bogus = path.join(root, "bukan.tar.gz");
    fs.writeFileSync(bogus, "bukan arsip");
    await expect(restoreBackup({ file: bogus, database: "server", url: target.url, force: true })).rejects.toThrow(
      /tidak bisa dibaca|bukan cadangan/,
    );
    await expect(restoreBackup({ file: archive, database: "embedded", url: target.url, force: true })).rejects.toThrow(
      /server PostgreSQL/,
    );
  });
});

describe("backup and restore of the embedded database", () => {
  it("round-trips a PGlite data directory with its files and audit anchor", async () => {
    const archive = path.join(root, "embedded.tar.gz");
    delete process.env.DATABASE_URL;
    const sourceDir = useDataDir("embedded-source");
    const source = await ensureEmbeddedDatabase();
    const sourcePrisma = createPrismaClient(source.url);
    let before: Awaited<ReturnType<typeof snapshot>>;
    try {
      await applyMigrations({ url: source.url, migrationsDir: MIGRATIONS_DIR });
      await seed(sourcePrisma);
      await fill(sourcePrisma, sourceDir);
      before = await snapshot(sourcePrisma, sourceDir);
      await createBackup({ file: archive, database: "embedded", url: source.url });
    } finally {
      await sourcePrisma.$disconnect();
      await source.stop();
    }

    const targetDir = useDataDir("embedded-target");
    const target = await ensureEmbeddedDatabase();
    const targetPrisma = createPrismaClient(target.url);
    try {
      await restoreBackup({ file: archive, database: "embedded", url: target.url });
      const after = await snapshot(targetPrisma, targetDir);
      expect({ ...after, audit: after.audit.slice(0, before.audit.length) }).toEqual(before);
      expect(await verifyAuditLog(targetPrisma)).toMatchObject({ ok: true, entries: before.audit.length + 1 });
      expect(await targetPrisma.unit.findUnique({ where: { id: UNIT_IDS.kabMalang } })).not.toBeNull();
    } finally {
      await targetPrisma.$disconnect();
      await target.stop();
    }
    // The target's own (empty) data directory was kept aside, not deleted.
    expect(fs.readdirSync(targetDir).some((f) => f.startsWith("pglite.before-restore-"))).toBe(true);
    // Two embedded databases migrated, seeded, dumped and restored in WebAssembly: 75 s on a loaded 2-core machine.
  }, 240_000);
});
