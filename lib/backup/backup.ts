// `npm run backup -- <file>`: the database, the uploaded files and the audit anchor in one .tar.gz. The server
// database goes through pg_dump (custom format); the embedded one through PGlite's own data directory dump,
// which needs this process to host it (the portal stopped). See docs/decisions/015-backup-and-logs.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import { auditKey, checkpointFile } from "@/lib/audit/anchor";
import { writeCheckpoint } from "@/lib/audit/checkpoint";
import { createPrismaClient } from "@/lib/db/client";
import {
  CHECKPOINTS,
  countRows,
  currentAuditSecret,
  EMBEDDED_DUMP,
  FILES_DIR,
  fingerprint,
  KEY_FILE,
  MANIFEST,
  SERVER_DUMP,
  withClient,
  type DatabaseKind,
  type Manifest,
} from "./common";
import { stageFiles, storageKind } from "./files";
import { BackupError, findPgTool, libpqEnv, requireHostedEmbedded, run } from "./pg-tools";

export type BackupOptions = {
  file: string;
  database: DatabaseKind;
  url: string;
  log?: (line: string) => void;
  now?: Date;
};

export async function createBackup(options: BackupOptions): Promise<Manifest> {
  const log = options.log ?? (() => {});
  const target = path.resolve(options.file);
  if (fs.existsSync(target)) throw new BackupError(`${target} sudah ada; pilih nama berkas lain.`);
  // The head is checkpointed first (only if the chain since the last checkpoint verifies), so the archive's
  // anchor pins the newest entry it can and a later truncation of the restored log still shows.
  const prisma = createPrismaClient(options.url);
  try {
    const cp = await writeCheckpoint(prisma);
    if ("problem" in cp) {
      log(`⚠ Rantai audit TIDAK utuh (${cp.problem}, seq ${cp.brokenAtSeq}); cadangan tetap dibuat sebagai bukti.`);
    }
  } finally {
    await prisma.$disconnect();
  }

  auditKey(); // generated now if the portal never wrote an entry yet, as the first entry would
  const secret = currentAuditSecret()!;
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-backup-"));
  try {
    const entries: string[] = [MANIFEST];
    if (options.database === "server") {
      log("→ pg_dump basis data server");
      await run(findPgTool("pg_dump"), ["-Fc", "-f", path.join(staging, SERVER_DUMP)], { env: libpqEnv(options.url) });
      entries.push(SERVER_DUMP);
    } else {
      const hosted = requireHostedEmbedded();
      log("→ salinan direktori data PGlite");
      // Written data reaches the data files (not only the WAL) before they are copied.
      await hosted.db.exec("CHECKPOINT");
      const dump = await hosted.db.dumpDataDir("none");
      fs.writeFileSync(path.join(staging, EMBEDDED_DUMP), Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      entries.push(EMBEDDED_DUMP);
    }
    // After the database: a file uploaded meanwhile is merely extra, never a row without its file.
    const { included, files } = await stageFiles(staging, options.url, log);
    if (included) entries.push(FILES_DIR);
    fs.mkdirSync(path.join(staging, "audit"), { mode: 0o700 });
    if (fs.existsSync(checkpointFile())) {
      fs.copyFileSync(checkpointFile(), path.join(staging, CHECKPOINTS));
      entries.push(CHECKPOINTS);
    }
    // A generated key travels with the archive, or the restored chain could never be verified elsewhere; a
    // configured one (KOVABLIK_AUDIT_KEY) stays in the operator's hands.
    if (secret.source === "file") {
      fs.writeFileSync(path.join(staging, KEY_FILE), secret.raw, { mode: 0o600 });
      entries.push(KEY_FILE);
    }
    const counts = await countRows(options.url);
    const head = await withClient(options.url, async (c) => {
      const row = (await c.query(`SELECT seq::text AS seq, hash FROM "AuditEntry" ORDER BY seq DESC LIMIT 1`)).rows[0];
      return row ? { seq: row.seq as string, hash: row.hash as string } : null;
    });
    const manifest: Manifest = {
      format: "kovablik-backup",
      version: 1,
      createdAt: (options.now ?? new Date()).toISOString(),
      database: options.database,
      storage: storageKind(),
      counts,
      files,
      auditHead: head,
      auditKey: { fingerprint: fingerprint(secret.raw), included: secret.source === "file" },
    };
    fs.writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2), { mode: 0o600 });

    // Password hashes and personal data: owner-only, and visible under its name only once complete.
    const partial = `${target}.part`;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(partial, "", { mode: 0o600 });
    await tar.create({ gzip: true, cwd: staging, file: partial, follow: true, portable: true }, entries);
    fs.renameSync(partial, target);
    return manifest;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
