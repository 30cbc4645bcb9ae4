// Where the database is. Shared by the app, the scripts and the tests, so it must not import server-only.
import path from "node:path";

export const DEFAULT_EMBEDDED_PORT = 54329;

export function embeddedPort(): number {
  const raw = process.env.KOVABLIK_EMBEDDED_DB_PORT;
  const port = raw ? Number(raw) : DEFAULT_EMBEDDED_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`KOVABLIK_EMBEDDED_DB_PORT tidak valid: ${raw}`);
  }
  return port;
}

export function embeddedDataDir(): string {
  return path.resolve(process.env.KOVABLIK_DATA_DIR ?? ".data", "pglite");
}

export function embeddedUrl(port = embeddedPort()): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
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
