// `npm run restore -- <file> [--force]`: puts a backup's database, files and audit anchor back. It refuses
// to replace a database that holds data, or uploaded files, unless told (--force); what it replaces on disk
// is moved aside (`*.before-restore-<time>`), never deleted. The restored audit chain is verified under the
// current key and against the archive's checkpoints, then the restore itself is logged in the chain.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import { auditKeyFile, checkpointFile } from "@/lib/audit/anchor";
import { recordAuditNow } from "@/lib/audit/audit";
import { verifyAuditLog, writeCheckpoint } from "@/lib/audit/checkpoint";
import { createPrismaClient } from "@/lib/db/client";
import { embeddedDataDir } from "@/lib/db/config";
import { instanceIdFile } from "@/lib/db/instance";
import { localFilesDir } from "@/lib/storage";
import {
  asideName,
  CHECKPOINTS,
  countRows,
  currentAuditSecret,
  describeCounts,
  EMBEDDED_DUMP,
  fingerprint,
  KEY_FILE,
  MANIFEST,
  SERVER_DUMP,
  tablesWithRows,
  withClient,
  type DatabaseKind,
  type Manifest,
} from "./common";
import { existingFiles, restoreFiles, storageKind } from "./files";
import { BackupError, requireHostedEmbedded, restoreInOneTransaction } from "./pg-tools";

export type RestoreOptions = {
  file: string;
  database: DatabaseKind;
  url: string;
  force?: boolean;
  log?: (line: string) => void;
  now?: Date;
};

export type RestoreResult = { manifest: Manifest; auditEntries: number; movedAside: string[] };

function readManifest(staging: string): Manifest {
  const file = path.join(staging, MANIFEST);
  const m = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Manifest>) : null;
  if (m?.format !== "kovablik-backup" || m.version !== 1) {
    throw new BackupError(
      "Berkas ini bukan cadangan portal KOVABLIK (manifest.json tidak dikenal). Tidak ada yang diubah.",
    );
  }
  return m as Manifest;
}

/** Refuses, before anything changes, a restore whose chain could not verify under the key in force. */
function checkKey(m: Manifest, staging: string, force: boolean) {
  const current = currentAuditSecret();
  const bringsKey = m.auditKey.included && fs.existsSync(path.join(staging, KEY_FILE));
  // Without KOVABLIK_AUDIT_KEY the archive's own key is installed, so only a configured key can disagree.
  if (bringsKey && current?.source !== "env") return;
  if (current && fingerprint(current.raw) === m.auditKey.fingerprint) return;
  if (force) return;
  throw new BackupError(
    "Rantai audit cadangan ini ditulis dengan kunci audit lain. Set KOVABLIK_AUDIT_KEY ke nilai yang dipakai " +
      "server asal cadangan, lalu ulangi (atau --force untuk memulihkan tanpa bisa memverifikasi rantainya). " +
      "Tidak ada yang diubah.",
  );
}

/** Moves `p` aside when it exists and is not an empty directory; returns the new name. */
function moveAside(p: string, now: Date): string | null {
  if (!fs.existsSync(p)) return null;
  if (fs.statSync(p).isDirectory() && fs.readdirSync(p).length === 0) {
    fs.rmdirSync(p);
    return null;
  }
  const to = asideName(p, now);
  fs.renameSync(p, to);
  return to;
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const source = path.resolve(options.file);
  if (!fs.existsSync(source)) throw new BackupError(`${source} tidak ada.`);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-restore-"));
  try {
    // Plain files and directories only: a link in an archive must not point the uploads outside their root.
    const plain = (_p: string, e: fs.Stats | tar.ReadEntry) =>
      "type" in e ? e.type === "File" || e.type === "Directory" : e.isFile() || e.isDirectory();
    await tar.extract({ file: source, cwd: staging, strict: true, filter: plain }).catch((e: unknown) => {
      throw new BackupError(`Berkas cadangan tidak bisa dibaca (${(e as Error).message}). Tidak ada yang diubah.`);
    });
    const m = readManifest(staging);
    if (m.database !== options.database) {
      const where = (k: DatabaseKind) => (k === "server" ? "server PostgreSQL" : "basis data bawaan (PGlite)");
      throw new BackupError(
        `Cadangan ini dari ${where(m.database)}, tetapi tujuan pemulihan adalah ${where(options.database)}. Tidak ada yang diubah.`,
      );
    }
    checkKey(m, staging, !!options.force);

    const filesDir = localFilesDir();
    const occupied = await tablesWithRows(options.url);
    const existing = existingFiles();
    if ((occupied.length || existing.count) && !options.force) {
      const what = [
        occupied.length
          ? `tabel berisi data (${occupied.slice(0, 5).join(", ")}${occupied.length > 5 ? ", …" : ""})`
          : "",
        existing.count ? `${existing.count} berkas unggahan di ${existing.where}` : "",
      ].filter(Boolean);
      throw new BackupError(
        `Tujuan pemulihan tidak kosong: ${what.join(" dan ")}. Tidak ada yang diubah. Untuk menggantinya dengan ` +
          `isi cadangan, ulangi dengan --force (buat cadangan dulu bila isinya masih diperlukan).`,
      );
    }

    const movedAside: string[] = [];
    if (options.database === "server") {
      log("→ pg_restore ke server PostgreSQL (satu transaksi)");
      const prologue = path.join(staging, "prologue.sql");
      fs.writeFileSync(prologue, "DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n");
      await restoreInOneTransaction(options.url, path.join(staging, SERVER_DUMP), prologue);
    } else {
      const hosted = requireHostedEmbedded();
      log("→ memuat direktori data PGlite dari cadangan");
      const dump = new Blob([fs.readFileSync(path.join(staging, EMBEDDED_DUMP))]);
      const old = asideName(embeddedDataDir(), now);
      await hosted.replaceData(dump, old);
      movedAside.push(old);
      // The restored database carries its source's instance id; from now on it is this data directory's.
      const id = fs.readFileSync(instanceIdFile(), "utf8").trim();
      await withClient(options.url, (c) => c.query(`UPDATE kovablik_meta.instance SET id = $1`, [id]));
    }

    if (storageKind() === "local") {
      const filesAside = moveAside(filesDir, now);
      if (filesAside) movedAside.push(filesAside);
    }
    const restoredFiles = await restoreFiles(staging, log);

    // The anchor must describe the restored chain: checkpoints of whatever the database held before would
    // report it as truncated or rewritten. The old file is kept, not deleted.
    const cpAside = moveAside(checkpointFile(), now);
    if (cpAside) movedAside.push(cpAside);
    if (fs.existsSync(path.join(staging, CHECKPOINTS))) {
      fs.mkdirSync(path.dirname(checkpointFile()), { recursive: true, mode: 0o700 });
      fs.copyFileSync(path.join(staging, CHECKPOINTS), checkpointFile());
      fs.chmodSync(checkpointFile(), 0o600);
    }
    if (m.auditKey.included && !process.env.KOVABLIK_AUDIT_KEY) {
      const current = currentAuditSecret();
      const incoming = fs.readFileSync(path.join(staging, KEY_FILE), "utf8").trim();
      if (current?.raw !== incoming) {
        const keyAside = moveAside(auditKeyFile(), now);
        if (keyAside) movedAside.push(keyAside);
        fs.writeFileSync(auditKeyFile(), incoming, { mode: 0o600 });
      }
    }
    for (const p of movedAside) log(`  disimpan di samping: ${p}`);

    const counts = await countRows(options.url);
    const differs = Object.keys(m.counts).filter((k) => counts[k] !== m.counts[k]);
    if (differs.length || restoredFiles !== m.files) {
      throw new BackupError(
        `Isi setelah pemulihan tidak sama dengan cadangan (${differs.join(", ") || "berkas"}): ` +
          `cadangan ${describeCounts(m.counts)}, ${m.files} berkas; sekarang ${describeCounts(counts)}, ${restoredFiles} berkas.`,
      );
    }
    log(`✔ Dipulihkan: ${describeCounts(counts)}, ${m.files} berkas (cadangan ${m.createdAt}).`);

    const prisma = createPrismaClient(options.url);
    try {
      const verified = await verifyAuditLog(prisma);
      if (!verified.ok) {
        throw new BackupError(
          `Data dipulihkan, tetapi rantai audit TIDAK terverifikasi (${verified.problem} pada seq ${verified.brokenAtSeq}). ` +
            `Periksa kunci audit (KOVABLIK_AUDIT_KEY) dan berkas checkpoint.`,
        );
      }
      await recordAuditNow(prisma, {
        actorId: null,
        action: "system.restore",
        entityType: "Backup",
        entityId: path.basename(source),
        after: { createdAt: m.createdAt, database: m.database, auditHead: m.auditHead?.seq ?? null, counts: m.counts },
      });
      await writeCheckpoint(prisma);
      log(`✔ Rantai audit terverifikasi: ${verified.entries} entri; pemulihan ini dicatat di log audit.`);
      return { manifest: m, auditEntries: verified.entries, movedAside };
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
