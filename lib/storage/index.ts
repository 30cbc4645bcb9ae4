import "server-only";
import path from "node:path";
import { LocalFileStorage } from "./local";
import type { FileStorage } from "./storage";

export type { FileStorage } from "./storage";

let instance: FileStorage | undefined;

/** Where the local driver keeps uploads (the backup command copies this directory). */
export function localFilesDir(): string {
  return path.resolve(process.env.KOVABLIK_DATA_DIR ?? ".data", "files");
}

/** The configured file store; read at first use so tests can point KOVABLIK_DATA_DIR elsewhere. */
export function fileStorage(): FileStorage {
  instance ??= new LocalFileStorage(localFilesDir());
  return instance;
}

/** For tests: use another store. */
export function setFileStorage(storage: FileStorage | undefined): void {
  instance = storage;
}
