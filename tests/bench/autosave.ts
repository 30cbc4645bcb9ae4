// npm run bench:autosave — N operators each autosave a ~5 KB section every 2 s for 60 s, over HTTP against
// a production build, first on the embedded database and then on a PostgreSQL server (when one is named by
// BENCH_DATABASE_URL or TEST_DATABASE_URL). Reports p50/p95/p99 latency and proves that no acknowledged write
// was lost or attributed to the wrong person.
//
// Options: --operators 300 --seconds 60 --interval 2000 --warmup 10 --only embedded|server
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { embeddedSocketDir, embeddedUrl } from "@/lib/db/config";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const OPERATORS = Number(opt("operators", "300"));
const SECONDS = Number(opt("seconds", "60"));
const INTERVAL_MS = Number(opt("interval", "2000"));
const ONLY = opt("only", "");
// Unmeasured load first, on sections of their own: a freshly started server compiles and loads on its first
// requests, which a server that has run for hours has long done.
const WARMUP_SECONDS = Number(opt("warmup", "10"));
// Ports of the portal under test and of the floor (BENCH_APP_PORT, default 3900; the floor the next one).
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3900);
const FLOOR_PORT = APP_PORT + 1;
// BENCH_EXTERNAL_APP=1: measure an app already running on port 3900 (e.g. under a profiler) against the
// database BENCH_DATABASE_URL, signing sessions with its NEXTAUTH_SECRET.
const EXTERNAL = process.env.BENCH_EXTERNAL_APP === "1";
const SECRET = EXTERNAL ? process.env.NEXTAUTH_SECRET! : crypto.randomBytes(32).toString("base64url");
const SECTION_BYTES = 5 * 1024;

type Target = { name: "embedded" | "server"; env: Record<string, string>; dbUrl: string; cleanup: () => Promise<void> };

async function serverTarget(): Promise<Target | null> {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) return null;
  if (EXTERNAL) return { name: "server", dbUrl: admin, env: {}, cleanup: async () => {} };
  const name = `kovablik_bench_autosave_${crypto.randomBytes(3).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    name: "server",
    dbUrl: url.toString(),
    env: { DATABASE_URL: url.toString(), KOVABLIK_SEED_DEMO: "1", KOVABLIK_ALLOW_DEMO: "1", DATABASE_POOL_SIZE: "20" },
    cleanup: async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await d.end();
    },
  };
}

function embeddedTarget(): Target {
  const dataDir = path.resolve(".data/bench");
  return {
    name: "embedded",
    dbUrl: embeddedUrl(embeddedSocketDir(dataDir)),
    env: { KOVABLIK_DATA_DIR: dataDir },
    cleanup: async () => {},
  };
}

async function startApp(target: Target): Promise<ChildProcess | null> {
  if (EXTERNAL) return null;
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...target.env,
    PORT: String(APP_PORT),
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
    KOVABLIK_ALLOW_LOCAL_LINKS: "1",
  };
  if (target.name === "embedded") delete env.DATABASE_URL;
  const child = spawn("npx", ["tsx", "scripts/start.ts", "--fresh"], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  // BENCH_APP_LOG=<file> keeps the app's output (one JSON line per request, with its time in the handler).
  if (process.env.BENCH_APP_LOG) child.stdout!.pipe(fs.createWriteStream(process.env.BENCH_APP_LOG));
  else child.stdout!.on("data", () => {});
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("the app server stopped during start-up");
    const ok = await fetch(`http://127.0.0.1:${APP_PORT}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the app server did not become healthy");
}

function stopApp(child: ChildProcess | null) {
  if (!child) return;
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    /* already gone */
  }
}

type Operator = { userId: string; proposalId: string; cookie: string };

/** One operator, unit and draft proposal per simulated person, inserted straight into the database. */
async function prepareOperators(dbUrl: string): Promise<{ operators: Operator[]; sectionId: string }> {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const {
      rows: [edition],
    } = await c.query(`SELECT id FROM "Edition" ORDER BY year DESC LIMIT 1`);
    // 5 KB of text is ~700 words, more than the seeded sections allow: the benchmark adds one without a cap.
    const sectionId = "bench-section";
    // The floor writes its own section of the same proposals, so each side's versions count its own saves.
    for (const [id, order, key] of [
      [sectionId, 99, "bench"],
      [FLOOR_SECTION, 98, "bench-floor"],
      [`${sectionId}-warmup`, 97, "bench-warmup"],
      [`${FLOOR_SECTION}-warmup`, 96, "bench-floor-warmup"],
    ] as const) {
      await c.query(
        `INSERT INTO "FormSection" (id, "editionId", "order", key, title, "wordLimit", required)
         VALUES ($1, $2, $3, $4, 'Bagian uji beban', NULL, false) ON CONFLICT DO NOTHING`,
        [id, edition.id, order, key],
      );
    }
    const {
      rows: [parent],
    } = await c.query(`SELECT id, path FROM "Unit" WHERE id = 'unit-3507-dinkes'`);
    const operators: Operator[] = [];
    await c.query("BEGIN");
    for (let i = 0; i < OPERATORS; i++) {
      const unitId = `bench-unit-${i}`;
      const userId = `bench-user-${i}`;
      const proposalId = `bench-proposal-${i}`;
      await c.query(
        `INSERT INTO "Unit" (id, kind, name, "parentId", path, depth, "updatedAt") VALUES ($1, 'SERVICE_UNIT', $2, $3, $4, 3, now())`,
        [unitId, `Puskesmas Uji ${i}`, parent.id, `${parent.path}${unitId}/`],
      );
      await c.query(`INSERT INTO "User" (id, email, name, status, "updatedAt") VALUES ($1, $2, $3, 'ACTIVE', now())`, [
        userId,
        `bench${i}@kovablik.test`,
        `Operator Uji ${i}`,
      ]);
      await c.query(`INSERT INTO "Membership" (id, "userId", "unitId", role) VALUES ($1, $2, $3, 'OPERATOR')`, [
        `bench-m-${i}`,
        userId,
        unitId,
      ]);
      await c.query(`INSERT INTO "Innovation" (id, "unitId", name) VALUES ($1, $2, $3)`, [
        `bench-inno-${i}`,
        unitId,
        `Inovasi Uji ${i}`,
      ]);
      await c.query(
        `INSERT INTO "Proposal" (id, "editionId", "innovationId", "unitId", "institutionId", title, "updatedAt")
         VALUES ($1, $2, $3, $4, 'unit-35-07', $5, now())`,
        [proposalId, edition.id, `bench-inno-${i}`, unitId, `Inovasi Uji ${i}`],
      );
      const token = await encode({
        token: {
          sub: userId,
          uid: userId,
          sv: 1,
          sid: `bench-session-${i}`,
          sat: Math.floor(Date.now() / 1000),
          name: `Operator Uji ${i}`,
        },
        secret: SECRET,
      });
      operators.push({ userId, proposalId, cookie: `next-auth.session-token=${token}` });
    }
    await c.query("COMMIT");
    return { operators, sectionId };
  } finally {
    await c.end();
  }
}

// Plain node:http with keep-alive: the load generator shares this machine's two cores with the app and the
// database, and it is far cheaper per request than fetch.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });

function put(port: number, path: string, cookie: string, body: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "PUT",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
          } catch (e) {
            reject(e);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function textFor(op: Operator, seq: number): string {
  const head = `[${op.userId}#${seq}] `;
  const filler = "Inovasi layanan kesehatan keliling menjangkau ibu hamil di desa terpencil. ";
  return head + filler.repeat(Math.ceil(SECTION_BYTES / filler.length)).slice(0, SECTION_BYTES - head.length);
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function runLoad(operators: Operator[], sectionId: string, port: number, seconds = SECONDS) {
  const latencies: number[] = [];
  let errors = 0;
  let conflicts = 0;
  const errorKinds = new Map<string, number>();
  const noteError = (kind: string) => {
    errors++;
    errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
  };
  const acked = new Map<string, { seq: number; version: number; count: number }>();
  const stopAt = Date.now() + seconds * 1000;
  await Promise.all(
    operators.map(async (op) => {
      let version = 0;
      let seq = 0;
      let count = 0;
      await new Promise((r) => setTimeout(r, Math.random() * INTERVAL_MS));
      while (Date.now() < stopAt) {
        const started = performance.now();
        seq++;
        try {
          const res = await put(
            port,
            `/api/usulan/${op.proposalId}/bagian/${sectionId}`,
            op.cookie,
            JSON.stringify({ baseVersion: version, text: textFor(op, seq) }),
          );
          const body = res.json as { saved?: boolean; version?: number };
          latencies.push(performance.now() - started);
          if (res.status === 200 && body.saved) {
            version = body.version!;
            count++;
            acked.set(op.userId, { seq, version, count });
          } else if (res.status === 409) conflicts++;
          else noteError(`HTTP ${res.status}`);
        } catch (e) {
          noteError((e as NodeJS.ErrnoException).code ?? String(e));
        }
        const wait = INTERVAL_MS - (performance.now() - started);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  if (errorKinds.size) console.log(`  Galat: ${[...errorKinds].map(([k, n]) => `${k} × ${n}`).join(", ")}`);
  return { latencies: latencies.sort((a, b) => a - b), errors, conflicts, acked };
}

async function verify(
  dbUrl: string,
  operators: Operator[],
  sectionId: string,
  acked: Map<string, { seq: number; version: number; count: number }>,
) {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  const { rows } = await c.query(
    `SELECT "proposalId", text, version, "updatedById" FROM "Answer" WHERE "sectionId" = $1 AND "proposalId" LIKE 'bench-proposal-%'`,
    [sectionId],
  );
  await c.end();
  const byProposal = new Map(rows.map((r) => [r.proposalId as string, r]));
  let lost = 0;
  let misattributed = 0;
  for (const op of operators) {
    const a = acked.get(op.userId);
    const row = byProposal.get(op.proposalId);
    if (!a) continue;
    if (
      !row ||
      row.version !== a.version ||
      !String(row.text).startsWith(`[${op.userId}#${a.seq}] `) ||
      row.version !== a.count
    )
      lost++;
    if (row && (row.updatedById !== op.userId || !String(row.text).startsWith(`[${op.userId}#`))) misattributed++;
  }
  return { lost, misattributed, rows: rows.length };
}

/**
 * CPU time (user + system, ms) used so far by every live process of a process group, from /proc (Linux);
 * null where there is no /proc. The app's group is the launcher and its workers; the floor's is one process.
 * A loaded machine stretches latencies but not the CPU a save costs: this is the figure to compare.
 */
function groupCpuMs(pgid: number | undefined): number | null {
  if (!pgid || !fs.existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command's closing parenthesis: state, ppid, pgrp, … utime (12th), stime (13th).
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks * (1000 / CLOCK_TICKS);
}
// USER_HZ: 100 on every Linux architecture Node runs on.
const CLOCK_TICKS = 100;

type Measured = {
  side: string;
  requests: number;
  throughputPerSecond: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  maxms: number;
  errors: number;
  conflicts: number;
  lostWrites: number;
  misattributedWrites: number;
  /** CPU of the server's processes per save during the measured run (ms), when /proc tells. */
  cpuPerSaveMs: number | null;
  /** The machine's 1-minute load average at the end of the measured run: how shared the cores were. */
  loadAverage: number;
};

async function measure(
  side: string,
  dbUrl: string,
  operators: Operator[],
  sectionId: string,
  port: number,
  pgid: number | undefined,
) {
  if (WARMUP_SECONDS > 0) await runLoad(operators, `${sectionId}-warmup`, port, WARMUP_SECONDS);
  const t0 = Date.now();
  const cpu0 = groupCpuMs(pgid);
  const load = await runLoad(operators, sectionId, port);
  const cpu1 = groupCpuMs(pgid);
  const elapsed = (Date.now() - t0) / 1000;
  const check = await verify(dbUrl, operators, sectionId, load.acked);
  const l = load.latencies;
  const r: Measured = {
    side,
    requests: l.length,
    throughputPerSecond: Math.round(l.length / elapsed),
    p50ms: round1(percentile(l, 50)),
    p95ms: round1(percentile(l, 95)),
    p99ms: round1(percentile(l, 99)),
    maxms: round1(l.at(-1) ?? NaN),
    errors: load.errors,
    conflicts: load.conflicts,
    lostWrites: check.lost,
    misattributedWrites: check.misattributed,
    loadAverage: round1(os.loadavg()[0]!),
    cpuPerSaveMs: cpu0 !== null && cpu1 !== null && l.length ? round1((cpu1 - cpu0) / l.length) : null,
  };
  console.table([r]);
  return r;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The bare node:http floor (tests/bench/autosave-floor.ts) as its own process, like the portal. */
async function startFloor(dbUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/bench/autosave-floor.ts"], {
    env: {
      ...process.env,
      FLOOR_PORT: String(FLOOR_PORT),
      FLOOR_DATABASE_URL: dbUrl,
      NEXTAUTH_SECRET: SECRET,
      DATABASE_POOL_SIZE: "20",
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("floor ready") && resolve());
    child.once("exit", () => reject(new Error("the floor server stopped during start-up")));
  });
  return child;
}

async function benchOne(target: Target) {
  console.log(`\n▶ ${target.name}: menyiapkan server aplikasi (build bila perlu)…`);
  const app = await startApp(target);
  const results: Measured[] = [];
  try {
    const { operators, sectionId } = await prepareOperators(target.dbUrl);
    if (target.name === "server") {
      const c = new pg.Client({ connectionString: target.dbUrl });
      await c.connect();
      const fsync = (await c.query("SHOW fsync")).rows[0].fsync as string;
      const sync = (await c.query("SHOW synchronous_commit")).rows[0].synchronous_commit as string;
      const version = (await c.query("SHOW server_version")).rows[0].server_version as string;
      await c.end();
      serverFacts = { fsync, sync, version };
      console.log(
        `  PostgreSQL ${version}: fsync=${fsync}, synchronous_commit=${sync}${fsync === "on" ? "" : "  (PERINGATAN: fsync mati; produksi memakai fsync=on)"}`,
      );
      console.log(`  Lantai (node:http + pg, satu proses), ${operators.length} operator, ${SECONDS} s…`);
      const floor = await startFloor(target.dbUrl);
      try {
        results.push(await measure("server: floor", target.dbUrl, operators, FLOOR_SECTION, FLOOR_PORT, floor.pid));
      } finally {
        stopApp(floor);
      }
    }
    console.log(
      `  Portal: ${operators.length} operator, simpan ~5 KB tiap ${INTERVAL_MS / 1000} s selama ${SECONDS} s…`,
    );
    results.push(await measure(`${target.name}: portal`, target.dbUrl, operators, sectionId, APP_PORT, app?.pid));
    return results;
  } finally {
    stopApp(app);
    await new Promise((r) => setTimeout(r, 2000));
    await target.cleanup();
  }
}

const FLOOR_SECTION = "bench-floor-section";
let serverFacts: { fsync: string; sync: string; version: string } | null = null;
/** The quality bar (issue 7): the portal's p95 within 3× the floor's, measured in the same run. */
const MAX_RATIO = 3;

async function main() {
  const targets: Target[] = [];
  if (ONLY !== "server") targets.push(embeddedTarget());
  if (ONLY !== "embedded") {
    const server = await serverTarget();
    if (server) targets.push(server);
    else console.log("(Tidak ada BENCH_DATABASE_URL/TEST_DATABASE_URL: basis data server dilewati.)");
  }
  const results: Measured[] = [];
  for (const t of targets) results.push(...(await benchOne(t)));
  console.log("\nRingkasan:");
  for (const r of results) {
    console.log(
      `  ${r.side}: p50 ${r.p50ms} ms, p95 ${r.p95ms} ms, p99 ${r.p99ms} ms, ${r.requests} simpan, hilang ${r.lostWrites}, salah atribusi ${r.misattributedWrites}, galat ${r.errors}, CPU per simpan ${r.cpuPerSaveMs ?? "?"} ms, beban mesin ${r.loadAverage}`,
    );
  }
  const rows: { what: string; figure: string; target: string; pass: boolean }[] = [];
  const portal = results.find((r) => r.side === "server: portal");
  const floor = results.find((r) => r.side === "server: floor");
  const durable = serverFacts ? `fsync=${serverFacts.fsync}` : "";
  if (portal && floor) {
    const ratio = portal.p95ms / floor.p95ms;
    console.log(
      `  Rasio p95 portal/lantai: ${ratio.toFixed(2)}× — target ≤ ${MAX_RATIO}×: ${ratio <= MAX_RATIO ? "TERCAPAI" : "BELUM"}`,
    );
    rows.push({
      what: `Autosave p95, ${OPERATORS} operators every ${INTERVAL_MS / 1000} s, server DB (${durable}), vs bare node:http floor`,
      figure: `portal ${portal.p95ms} ms / floor ${floor.p95ms} ms = ${ratio.toFixed(2)}× (p50 ${portal.p50ms} / ${floor.p50ms} ms, p99 ${portal.p99ms} / ${floor.p99ms} ms; CPU per save ${portal.cpuPerSaveMs ?? "?"} / ${floor.cpuPerSaveMs ?? "?"} ms)`,
      target: `≤ ${MAX_RATIO}× floor`,
      pass: ratio <= MAX_RATIO,
    });
  }
  for (const r of results.filter((x) => x.side.endsWith("portal"))) {
    if (r.side === "embedded: portal") {
      rows.push({
        what: "Autosave p95, embedded database (PGlite; demo/test only, no target)",
        figure: `${r.p95ms} ms (p50 ${r.p50ms} ms)`,
        target: "—",
        pass: true,
      });
    }
    rows.push({
      what: `Autosave writes lost / misattributed / failed (${r.side.split(":")[0]}, ${r.requests} saves)`,
      figure: `${r.lostWrites} / ${r.misattributedWrites} / ${r.errors}`,
      target: "0 / 0 / 0",
      pass: !r.lostWrites && !r.misattributedWrites && !r.errors,
    });
  }
  console.log(`BENCH_RESULT ${JSON.stringify({ rows })}`);
  process.exit(rows.every((r) => r.pass) ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
