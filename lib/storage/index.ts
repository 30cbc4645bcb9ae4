import "server-only";
import path from "node:path";
import { LocalFileStorage } from "./local";
import { S3FileStorage, s3ConfigFromEnv } from "./s3";
import type { FileStorage } from "./storage";

export type { FileStorage } from "./storage";

let instance: FileStorage | undefined;

/** Where the local driver keeps uploads (the backup command copies this directory). */
export function localFilesDir(): string {
  return path.resolve(process.env.KOVABLIK_DATA_DIR ?? ".data", "files");
}

/**
 * The configured file store: `KOVABLIK_STORAGE=s3` an S3-compatible bucket (settings in `KOVABLIK_S3_*`), else
 * the local directory. Read at first use so tests can point KOVABLIK_DATA_DIR elsewhere.
 */
export function fileStorage(): FileStorage {
  instance ??= storageFromEnv();
  return instance;
}

export function storageFromEnv(env: Record<string, string | undefined> = process.env): FileStorage {
  const driver = env.KOVABLIK_STORAGE || "local";
  if (driver === "s3") return new S3FileStorage(s3ConfigFromEnv(env));
  if (driver === "local") return new LocalFileStorage(localFilesDir());
  throw new Error(`KOVABLIK_STORAGE must be "local" or "s3", not "${driver}"`);
}

/** For tests: use another store. */
export function setFileStorage(storage: FileStorage | undefined): void {
  instance = storage;
}
