// PostgreSQL's own client programs (pg_dump, pg_restore, psql) for the server database's backup. They are
// found on PATH, or in the newest /usr/lib/postgresql/<major>/bin (Debian installs them there), or in
// KOVABLIK_PG_BIN. The connection goes to them through libpq's environment variables, so the password never
// shows in a process listing.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { hostedEmbeddedDatabase } from "@/lib/db/embedded";

export class BackupError extends Error {}

function candidates(): string[] {
  const dirs: string[] = [];
  if (process.env.KOVABLIK_PG_BIN) dirs.push(process.env.KOVABLIK_PG_BIN);
  dirs.push(...(process.env.PATH ?? "").split(path.delimiter).filter(Boolean));
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const majors = fs
      .readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a));
    dirs.push(...majors.map((m) => path.join(debian, m, "bin")));
  }
  return dirs;
}

export function findPgTool(name: "pg_dump" | "pg_restore" | "psql"): string {
  for (const dir of candidates()) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // next
    }
  }
  throw new BackupError(
    `${name} tidak ditemukan (PATH, /usr/lib/postgresql/*/bin, KOVABLIK_PG_BIN). Pasang klien PostgreSQL ` +
      `yang versinya sama atau lebih baru dari servernya (Debian: apt-get install postgresql-client).`,
  );
}

/** libpq environment for a postgresql:// URL (query parameters libpq knows are kept, Prisma's are dropped). */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env, PGCONNECT_TIMEOUT: "10" };
  const host = u.searchParams.get("host") ?? decodeURIComponent(u.hostname);
  if (host) env.PGHOST = host;
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const db = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (db) env.PGDATABASE = db;
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

/** Runs a program to completion; its stderr becomes the error message when it fails. */
export function run(
  program: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env: options.env,
      stdio: [options.stdin ? "pipe" : "ignore", options.stdout ? "pipe" : "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      if (stderr.length < 8000) stderr += chunk.toString();
    });
    if (options.stdin) options.stdin.pipe(child.stdin!);
    if (options.stdout) child.stdout!.pipe(options.stdout);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(program)} gagal (kode ${code}): ${stderr.trim()}`));
    });
  });
}

/**
 * Restores a pg_dump archive after `prologueFile` (which empties the database) in one transaction: when
 * anything fails, the database stays as it was. The SQL is written out first, so a pg_restore that fails
 * half-way never hands psql a truncated script to commit.
 */
export async function restoreInOneTransaction(url: string, dumpFile: string, prologueFile: string): Promise<void> {
  const env = libpqEnv(url);
  const sqlFile = path.join(path.dirname(dumpFile), "restore.sql");
  await run(findPgTool("pg_restore"), ["--no-owner", "--no-privileges", "-f", sqlFile, dumpFile], { env });
  await run(
    findPgTool("psql"),
    ["-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-f", prologueFile, "-f", sqlFile],
    { env },
  );
}

/** The embedded database this process hosts; refused while the portal itself is serving it. */
export function requireHostedEmbedded() {
  const hosted = hostedEmbeddedDatabase();
  if (!hosted)
    throw new BackupError(
      "Basis data bawaan sedang dilayani proses lain (portal masih berjalan). Hentikan portal dulu, lalu ulangi.",
    );
  return hosted;
}
