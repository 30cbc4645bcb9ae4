// The embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served over the PostgreSQL wire
// protocol on a Unix socket inside the owner-only `.data/run`, so every process of this portal — Next.js,
// scripts, tests — connects exactly as to a real server, and no other OS account can reach it (PGlite itself
// accepts any user and password). One process hosts it; the others connect to that one. See
// docs/decisions/001-embedded-database.md and 006-threat-model.md.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { dataRoot, embeddedDataDir, embeddedSocketDir, embeddedUrl, SOCKET_FILE } from "./config";
import { verifyInstance } from "./instance";
import { ensureOwnedPrivateDir, ensurePrivateDir, lockDownTree } from "./private-files";

export type EmbeddedDatabase = { url: string; hosted: boolean; stop: () => Promise<void> };

function socketAnswers(socketPath: string, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ path: socketPath });
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
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx", mode: 0o600 });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const owner = Number(fs.readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && pidAlive(owner)) return false;
    fs.rmSync(lockFile, { force: true }); // a crashed host left it behind
    return takeLock(lockFile);
  }
}

type PGliteInstance = import("@electric-sql/pglite").PGlite;
type Hosted = {
  db: PGliteInstance;
  /** Swaps in the data of a dump (PGlite's dumpDataDir), moving the current data directory to `keepAs`. */
  replaceData: (dump: Blob, keepAs: string) => Promise<void>;
};

// The PGlite this process hosts, by socket path: the backup and restore commands need the instance itself
// (its data directory dump), not a connection to it.
const hostedHere = new Map<string, Hosted>();

async function host(options: { dataDir?: string; socketDir: string }): Promise<EmbeddedDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const socketPath = path.join(options.socketDir, SOCKET_FILE);
  // Only called with the lock held and nobody answering: a socket file left here is a crashed host's.
  fs.rmSync(socketPath, { force: true });
  const serve = async (db: PGliteInstance) => {
    await db.waitReady;
    // More than one connection: Prisma's pool, scripts and tests connect side by side (PGlite runs them one by one).
    const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 200 });
    await server.start();
    return { db, server };
  };
  let current = await serve(options.dataDir ? new PGlite(options.dataDir) : new PGlite());
  const close = async () => {
    await current.server.stop();
    await current.db.close();
    fs.rmSync(socketPath, { force: true });
  };
  hostedHere.set(socketPath, {
    get db() {
      return current.db;
    },
    // The lock stays held throughout, so no other process can host the directory while it is swapped.
    replaceData: async (dump, keepAs) => {
      if (!options.dataDir) throw new Error("An in-memory database has no data directory to replace.");
      await close();
      fs.renameSync(options.dataDir, keepAs);
      ensurePrivateDir(options.dataDir);
      current = await serve(new PGlite(options.dataDir, { loadDataDir: dump }));
    },
  });
  let stopped = false;
  return {
    url: embeddedUrl(options.socketDir),
    hosted: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      hostedHere.delete(socketPath);
      await close();
    },
  };
}

/** The embedded database this process hosts for the current data directory, if it hosts it. */
export function hostedEmbeddedDatabase(socketDir = embeddedSocketDir()): Hosted | undefined {
  return hostedHere.get(path.join(socketDir, SOCKET_FILE));
}

async function connectOrHost(root: string, socketDir: string): Promise<EmbeddedDatabase> {
  const dataDir = embeddedDataDir();
  ensurePrivateDir(dataDir);
  const lockFile = path.join(root, "pglite.lock");
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await socketAnswers(path.join(socketDir, SOCKET_FILE))) {
      return { url: embeddedUrl(socketDir), hosted: false, stop: async () => {} };
    }
    if (takeLock(lockFile)) {
      try {
        const db = await host({ dataDir, socketDir });
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
        throw e;
      }
    }
    // Another process is starting it right now.
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Basis data bawaan tidak menjawab di ${socketDir} (embedded database did not start).`);
}

/**
 * Makes sure the embedded database of this data directory answers: connects to the process that already
 * hosts it, or hosts it in this process (until `stop()` or exit). `.data/` is made owner-only first, and the
 * database's instance id is checked against `.data/instance-id` before the caller gets to use it.
 */
export async function ensureEmbeddedDatabase(): Promise<EmbeddedDatabase> {
  const root = dataRoot();
  ensurePrivateDir(root);
  lockDownTree(root);
  const socketDir = embeddedSocketDir(root);
  if (socketDir.startsWith(root + path.sep)) ensurePrivateDir(socketDir);
  else ensureOwnedPrivateDir(socketDir);
  const db = await connectOrHost(root, socketDir);
  try {
    await verifyInstance(db.url, root);
  } catch (e) {
    await db.stop();
    throw e;
  }
  // PGlite creates a few files readable by others (pg_internal.init); `.data` itself already keeps them out.
  if (db.hosted) lockDownTree(root);
  return db;
}

/** A throwaway in-memory PostgreSQL on a socket in a fresh private directory, for tests and tools. */
export async function startEphemeralDatabase(): Promise<EmbeddedDatabase> {
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-db-"));
  const db = await host({ socketDir });
  return {
    ...db,
    stop: async () => {
      await db.stop();
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
