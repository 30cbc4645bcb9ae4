// The embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL wire
// protocol on loopback, so every process — Next.js, scripts, tests — connects exactly as to a real server.
// One process hosts it; the others connect to that one. See docs/decisions/001-embedded-database.md.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { embeddedDataDir, embeddedPort, embeddedUrl } from "./config";

export type EmbeddedDatabase = { url: string; hosted: boolean; stop: () => Promise<void> };

function portAnswers(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data directory's lock file, so that two processes never open the same PGlite files. */
function takeLock(lockFile: string): boolean {
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const owner = Number(fs.readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && pidAlive(owner)) return false;
    fs.rmSync(lockFile, { force: true }); // a crashed host left it behind
    return takeLock(lockFile);
  }
}

async function host(options: { dataDir?: string; port: number }): Promise<EmbeddedDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  // More than one connection: Prisma's pool, scripts and tests connect side by side (PGlite runs them one by one).
  const server = new PGLiteSocketServer({ db, port: options.port, host: "127.0.0.1", maxConnections: 200 });
  await server.start();
  let stopped = false;
  return {
    url: embeddedUrl(options.port),
    hosted: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}

/**
 * Makes sure the embedded database answers on its port: connects to the process that already hosts it,
 * or hosts it in this process (until `stop()` or exit).
 */
export async function ensureEmbeddedDatabase(): Promise<EmbeddedDatabase> {
  const port = embeddedPort();
  const url = embeddedUrl(port);
  const dataDir = embeddedDataDir();
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(path.dirname(dataDir), "pglite.lock");
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await portAnswers(port)) return { url, hosted: false, stop: async () => {} };
    if (takeLock(lockFile)) {
      try {
        const db = await host({ dataDir, port });
        const release = () => fs.rmSync(lockFile, { force: true });
        process.once("exit", release);
        return {
          ...db,
          stop: async () => {
            await db.stop();
            release();
          },
        };
      } catch (e) {
        fs.rmSync(lockFile, { force: true });
        if ((e as NodeJS.ErrnoException).code === "EADDRINUSE") {
          throw new Error(
            `Port ${port} sudah dipakai program lain. Set KOVABLIK_EMBEDDED_DB_PORT ke port lain. (port in use)`,
          );
        }
        throw e;
      }
    }
    // Another process is starting it right now.
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Basis data bawaan tidak menjawab di port ${port} (embedded database did not start).`);
}

/** A throwaway in-memory PostgreSQL on a free port, for tests and tools. */
export async function startEphemeralDatabase(): Promise<EmbeddedDatabase> {
  const probe = net.createServer();
  const port = await new Promise<number>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => resolve((probe.address() as net.AddressInfo).port));
  });
  await new Promise((r) => probe.close(r));
  return host({ port });
}
