// Where the database is. Shared by the app, the scripts and the tests, so it must not import server-only.
import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";

/** `.data/` (or KOVABLIK_DATA_DIR): the embedded database, uploaded files and generated secrets. */
export function dataRoot(): string {
  return path.resolve(process.env.KOVABLIK_DATA_DIR ?? ".data");
}

export function embeddedDataDir(): string {
  return path.join(dataRoot(), "pglite");
}

// The file name a PostgreSQL client looks for in the socket directory (`host=<dir>`, default port).
export const SOCKET_FILE = ".s.PGSQL.5432";
// sun_path holds 108 bytes on Linux and 104 on macOS, terminator included.
const MAX_SOCKET_PATH = 100;

/**
 * The directory of the embedded database's Unix socket: `.data/run`, owner-only like all of `.data`, so no
 * other OS account can even reach the socket. A checkout so deep that the socket path would not fit gets a
 * private directory in the system's temporary directory instead, named after its data directory (and
 * checked for owner and mode before use, see lib/db/private-files.ts).
 */
export function embeddedSocketDir(root = dataRoot()): string {
  const inData = path.join(root, "run");
  if (path.join(inData, SOCKET_FILE).length <= MAX_SOCKET_PATH) return inData;
  const uid = typeof process.getuid === "function" ? process.getuid() : 0;
  const tag = crypto.createHash("sha256").update(root).digest("hex").slice(0, 16);
  return path.join(os.tmpdir(), `kovablik-${uid}-${tag}`);
}

export function embeddedUrl(socketDir = embeddedSocketDir()): string {
  return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
}

/** `DATABASE_URL` means a PostgreSQL server; without it the embedded PGlite serves the same protocol. */
export function isEmbedded(): boolean {
  return !process.env.DATABASE_URL;
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || embeddedUrl();
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(URL basis data tidak valid)";
  }
}
