// The embedded database lets in only this portal: it listens on no TCP port, its Unix socket sits in an
// owner-only directory other OS accounts cannot enter, everything under .data is owner-only, and a second
// data directory (a second checkout or instance) is refused before it changes anything.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedSocketDir, SOCKET_FILE } from "@/lib/db/config";
import { ensureEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { InstanceMismatchError, verifyInstance } from "@/lib/db/instance";
import { ensureOwnedPrivateDir } from "@/lib/db/private-files";

const ROOT = path.resolve(__dirname, "../..");
let scratch: string;
let dataA: string;
let db: EmbeddedDatabase;
const savedDataDir = process.env.KOVABLIK_DATA_DIR;
const savedDatabaseUrl = process.env.DATABASE_URL;

/** Inodes of the TCP sockets this process listens on. */
function listeningTcpInodes(): string[] {
  const mine = new Set(
    fs
      .readdirSync("/proc/self/fd")
      .map((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return "";
        }
      })
      .map((link) => /^socket:\[(\d+)\]$/.exec(link)?.[1])
      .filter((inode): inode is string => Boolean(inode)),
  );
  return ["/proc/net/tcp", "/proc/net/tcp6"]
    .filter((f) => fs.existsSync(f))
    .flatMap((f) => fs.readFileSync(f, "utf8").trim().split("\n").slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[3] === "0A" && mine.has(cols[9] ?? ""))
    .map((cols) => cols[9] ?? "");
}

function modeOf(p: string): number {
  return fs.statSync(p).mode & 0o777;
}

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-embedded-"));
  fs.chmodSync(scratch, 0o755); // as a shared parent would be: only .data itself must keep others out
  dataA = path.join(scratch, "a");
  // A data directory from before the rule: world-readable, with a world-readable secret in it.
  fs.mkdirSync(path.join(dataA, "files"), { recursive: true, mode: 0o755 });
  fs.writeFileSync(path.join(dataA, "nextauth-secret"), "old", { mode: 0o644 });
  fs.chmodSync(dataA, 0o755);
  delete process.env.DATABASE_URL;
  process.env.KOVABLIK_DATA_DIR = dataA;
  db = await ensureEmbeddedDatabase();
});

afterAll(async () => {
  await db?.stop();
  if (savedDataDir === undefined) delete process.env.KOVABLIK_DATA_DIR;
  else process.env.KOVABLIK_DATA_DIR = savedDataDir;
  if (savedDatabaseUrl !== undefined) process.env.DATABASE_URL = savedDatabaseUrl;
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe("the embedded database", () => {
  it("is hosted by this process and answers the portal through its Unix socket", async () => {
    expect(db.hosted).toBe(true);
    expect(new URL(db.url).searchParams.get("host")).toBe(path.join(dataA, "run"));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    expect((await client.query("SELECT 1 AS one")).rows[0].one).toBe(1);
    await client.end();
  });

  it("listens on no TCP port, so nothing on 127.0.0.1 (the old port 54329 included) reaches it", () => {
    expect(listeningTcpInodes()).toEqual([]);
  });

  it("keeps .data and everything in it owner-only, tightening a directory made before the rule", () => {
    expect(modeOf(dataA)).toBe(0o700);
    expect(modeOf(path.join(dataA, "run"))).toBe(0o700);
    expect(modeOf(path.join(dataA, "pglite"))).toBe(0o700);
    expect(modeOf(path.join(dataA, "files"))).toBe(0o700);
    expect(modeOf(path.join(dataA, "instance-id"))).toBe(0o600);
    expect(modeOf(path.join(dataA, "nextauth-secret"))).toBe(0o600);
    const open = spawnSync("find", [dataA, "-perm", "/077"], { encoding: "utf8" });
    expect(open.stdout.trim()).toBe("");
  });

  it.skipIf(typeof process.getuid !== "function" || process.getuid() !== 0)(
    "refuses another OS account (nobody) before it can send a single byte",
    () => {
      const socket = path.join(embeddedSocketDir(dataA), SOCKET_FILE);
      const probe = `require("net").connect({ path: ${JSON.stringify(socket)} })
        .on("connect", () => { console.log("CONNECTED"); process.exit(0); })
        .on("error", (e) => { console.log(e.code); process.exit(2); });`;
      const run = spawnSync(process.execPath, ["-e", probe], { uid: 65534, gid: 65534, encoding: "utf8", cwd: "/" });
      expect(run.stdout.trim()).toBe("EACCES");
    },
  );

  it("records one instance id, in .data/instance-id and in the database, and accepts its own data directory", async () => {
    const id = fs.readFileSync(path.join(dataA, "instance-id"), "utf8").trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await verifyInstance(db.url, dataA)).toBe(id);
    const again = await ensureEmbeddedDatabase();
    expect(again.hosted).toBe(false);
    await again.stop();
  });

  it("refuses a second data directory's id, and one without an id, with a clear message", async () => {
    const other = path.join(scratch, "other");
    fs.mkdirSync(other, { mode: 0o700 });
    await expect(verifyInstance(db.url, other)).rejects.toThrow(InstanceMismatchError);
    await expect(verifyInstance(db.url, other)).rejects.toThrow(/tidak ada, jadi tidak bisa dipastikan/);
    fs.writeFileSync(path.join(other, "instance-id"), "00000000-0000-4000-8000-000000000000", { mode: 0o600 });
    await expect(verifyInstance(db.url, other)).rejects.toThrow(/milik instance lain/);
  });

  it("stops `npm run db:migrate` of a second checkout that reaches this database, before it migrates anything", async () => {
    // The second checkout's socket directory leads to this database (as a shared or copied path would).
    const second = path.join(scratch, "b");
    fs.mkdirSync(second, { mode: 0o700 });
    fs.symlinkSync(path.join(dataA, "run"), path.join(second, "run"));
    const env: NodeJS.ProcessEnv = { ...process.env, KOVABLIK_DATA_DIR: second };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/db-migrate.ts"], {
      cwd: ROOT,
      env,
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toMatch(/milik instance .*Tidak ada yang diubah/s);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const migrated = await client.query(`SELECT to_regclass('public._prisma_migrations') AS t`);
    await client.end();
    expect(migrated.rows[0].t).toBeNull();
  });

  it("puts the socket of a checkout too deep for a socket path in a private, ownership-checked temporary directory", () => {
    const deep = path.join(scratch, "x".repeat(120));
    const dir = embeddedSocketDir(deep);
    expect(dir.startsWith(os.tmpdir())).toBe(true);
    expect(embeddedSocketDir(deep)).toBe(dir);
    expect(embeddedSocketDir(path.join(scratch, "y".repeat(120)))).not.toBe(dir);
    ensureOwnedPrivateDir(dir);
    expect(modeOf(dir)).toBe(0o700);
    fs.rmSync(dir, { recursive: true });
    if (process.getuid?.() === 0) {
      // Someone else got there first (a squatter in /tmp): refused, not used.
      fs.mkdirSync(dir, { mode: 0o777 });
      fs.chownSync(dir, 65534, 65534);
      expect(() => ensureOwnedPrivateDir(dir)).toThrow(/bukan milik akun ini/);
      fs.rmSync(dir, { recursive: true });
    }
  });
});
