// The uploaded files in a backup, whichever driver holds them (lib/storage). The archive's `files/` has the same
// layout either way (one file per storage key), so a backup of one driver restores into the other: the local
// directory is copied as it is; from an S3 bucket the objects the database points to are downloaded into the
// archive, and on restore every file is uploaded back through the configured store.
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { lockDownTree } from "@/lib/db/private-files";
import { fileStorage, localFilesDir } from "@/lib/storage";
import { assertStorageKey } from "@/lib/storage/storage";
import { countFiles, FILES_DIR, withClient } from "./common";

export type StorageKind = "local" | "s3";

export function storageKind(): StorageKind {
  return fileStorage().kind;
}

/** Every key a row points to (a soft-deleted attachment's file too: an admin may still undo the delete). */
async function referencedKeys(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const rows = await c.query<{ key: string }>(
      `SELECT "storageKey" AS key FROM "Attachment" UNION SELECT "storageKey" FROM "Guidebook" ORDER BY 1`,
    );
    return rows.rows.map((r) => r.key);
  });
}

/**
 * Puts the files into the staging directory (as `files/`); returns whether there is anything and how many.
 * Called after the database dump: a file uploaded meanwhile is merely extra, never a row without its file.
 */
export async function stageFiles(staging: string, url: string, log: (line: string) => void) {
  const target = path.join(staging, FILES_DIR);
  if (storageKind() === "local") {
    const dir = localFilesDir();
    if (!fs.existsSync(dir)) return { included: false, files: 0 };
    fs.symlinkSync(dir, target); // followed by tar: no second copy on disk
    return { included: true, files: countFiles(dir) };
  }
  const store = fileStorage();
  const keys = await referencedKeys(url);
  log(`→ mengunduh ${keys.length} berkas dari bucket S3`);
  let files = 0;
  for (const key of keys) {
    const stream = await store.get(key);
    if (!stream) {
      log(`⚠ berkas ${key} tidak ada di bucket (baris basis data menunjuk ke berkas yang hilang)`);
      continue;
    }
    const file = path.join(target, key);
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    await pipeline(stream, fs.createWriteStream(file, { mode: 0o600 }));
    files++;
  }
  return { included: files > 0, files };
}

/** Files already in the target: the local directory's count; a bucket is not listed (keys never collide). */
export function existingFiles(): { count: number; where: string } {
  return storageKind() === "local"
    ? { count: countFiles(localFilesDir()), where: localFilesDir() }
    : { count: 0, where: "" };
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.name.endsWith(".part"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

/**
 * Puts the archive's files back. Local: the old directory was moved aside by the caller, the archive's is copied
 * in. S3: each file is uploaded under its key (keys are random and unique, so nothing else is overwritten).
 * Returns how many files the store now holds from the archive.
 */
export async function restoreFiles(staging: string, log: (line: string) => void): Promise<number> {
  const source = path.join(staging, FILES_DIR);
  if (storageKind() === "local") {
    const dir = localFilesDir();
    if (fs.existsSync(source)) {
      fs.cpSync(source, dir, { recursive: true });
      lockDownTree(dir);
    }
    return countFiles(dir);
  }
  const keys = walk(source);
  log(`→ mengunggah ${keys.length} berkas ke bucket S3`);
  const store = fileStorage();
  for (const key of keys) {
    assertStorageKey(key);
    await store.put(key, fs.createReadStream(path.join(source, key)));
  }
  let present = 0;
  for (const key of keys) if ((await store.size(key)) !== null) present++;
  return present;
}
