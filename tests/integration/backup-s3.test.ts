// Issue item 5 (backups): with the S3 driver, `npm run backup` downloads the objects the database points to into
// the archive, and `npm run restore` uploads them into the bucket configured where it runs — so one archive holds
// everything, and the same archive also moves a portal from a bucket to the local directory (or back).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup } from "@/lib/backup/backup";
import { restoreBackup } from "@/lib/backup/restore";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { S3FileStorage } from "@/lib/storage/s3";
import { seed } from "@/prisma/seed";
import { emptyDatabase, MIGRATIONS_DIR } from "../helpers/database";
import { createProposal } from "../helpers/proposals";
import { startS3rver, type S3Server } from "../helpers/s3-servers";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-backup-s3-"));
const envBefore = { ...process.env };

function useDataDir(name: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  process.env.KOVABLIK_DATA_DIR = dir;
  process.env.KOVABLIK_AUDIT_CHECKPOINTS = path.join(dir, "audit-checkpoints.jsonl");
  return dir;
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("backup and restore with the S3 driver", () => {
  let source: { url: string; close: () => Promise<void> };
  let target: { url: string; close: () => Promise<void> };
  let sourcePrisma: PrismaClient;
  let sourceBucket: S3Server;
  let targetBucket: S3Server;
  const archive = path.join(root, "s3.tar.gz");
  const files = new Map<string, Buffer>();

  beforeAll(async () => {
    [source, target, sourceBucket, targetBucket] = await Promise.all([
      emptyDatabase(),
      emptyDatabase(),
      startS3rver(),
      startS3rver(),
    ]);
    await applyMigrations({ url: source.url, migrationsDir: MIGRATIONS_DIR });
    await applyMigrations({ url: target.url, migrationsDir: MIGRATIONS_DIR });
    sourcePrisma = createPrismaClient(source.url);
    await seed(sourcePrisma);
  });
  afterAll(async () => {
    setFileStorage(undefined);
    process.env = envBefore;
    await sourcePrisma?.$disconnect();
    await Promise.all([source?.close(), target?.close(), sourceBucket?.stop(), targetBucket?.stop()]);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("puts the bucket's files in the archive and uploads them into another bucket on restore", async () => {
    useDataDir("source");
    const bucket = new S3FileStorage(sourceBucket.config);
    setFileStorage(bucket);
    for (let i = 0; i < 2; i++) {
      const p = await createProposal(sourcePrisma, { status: "SUBMITTED", content: "bare", title: `Bucket ${i}` });
      const body = Buffer.concat([Buffer.from("%PDF-1.4\n"), crypto.randomBytes(1000 + i)]);
      const storageKey = `lampiran/${crypto.randomBytes(16).toString("hex")}`;
      await bucket.put(storageKey, Readable.from([body]));
      files.set(storageKey, body);
      await sourcePrisma.attachment.create({
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
    }
    const manifest = await createBackup({ file: archive, database: "server", url: source.url });
    expect(manifest).toMatchObject({ storage: "s3", files: 2 });

    useDataDir("target");
    const other = new S3FileStorage(targetBucket.config);
    setFileStorage(other);
    const lines: string[] = [];
    await restoreBackup({ file: archive, database: "server", url: target.url, log: (l) => lines.push(l) });
    for (const [key, body] of files) expect((await buffer((await other.get(key))!)).equals(body)).toBe(true);
    expect(lines.join("\n")).toContain("mengunggah 2 berkas ke bucket S3");
  });

  it("restores the same archive into the local directory (leaving a bucket)", async () => {
    const dir = useDataDir("local-target");
    setFileStorage(new LocalFileStorage(path.join(dir, "files")));
    await restoreBackup({ file: archive, database: "server", url: target.url, force: true });
    for (const [key, body] of files) expect(fs.readFileSync(path.join(dir, "files", key)).equals(body)).toBe(true);
  });
});
