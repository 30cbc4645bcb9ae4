// npm run bench:public — requests per second of the finalists and winners gallery (/inovasi, 500 published
// innovations) against a static file (/robots.txt) from the same `next start`, in one run. Target ≥ 0.8×.
// Both go through the same proxy; the two are measured in alternating rounds so machine noise hits both.
//
// Database: BENCH_DATABASE_URL, else the durable server on 127.0.0.1:55433 (/tmp/benchpg), else TEST_DATABASE_URL.
// Options: --connections 32 --seconds 8 --rounds 3 --innovations 500
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import http from "node:http";
import pg from "pg";
import { createDatabase } from "./shared";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const CONNECTIONS = Number(opt("connections", "32"));
const SECONDS = Number(opt("seconds", "8"));
const ROUNDS = Number(opt("rounds", "3"));
const INNOVATIONS = Number(opt("innovations", "500"));
const PORT = 3915;
const TARGET = 0.8;

async function startApp(dbUrl: string): Promise<ChildProcess> {
  const child = spawn("npx", ["tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      KOVABLIK_SEED_DEMO: "1",
      KOVABLIK_ALLOW_DEMO: "1",
      KOVABLIK_ALLOW_LOCAL_LINKS: "1",
      KOVABLIK_LOG_LEVEL: "warn",
      PORT: String(PORT),
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      KOVABLIK_DATA_DIR: ".data/bench-public",
    },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  child.stdout!.on("data", () => {});
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("the app server stopped during start-up");
    if (
      await fetch(`http://127.0.0.1:${PORT}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the app server did not become healthy");
}

/** An edition with INNOVATIONS published finalists (the first 12 with awards), spread over the seeded institutions. */
async function publishInnovations(dbUrl: string) {
  const c = new pg.Client({ connectionString: dbUrl });
  await c.connect();
  try {
    const institutions = (await c.query(`SELECT id FROM "Unit" WHERE "isInstitution" ORDER BY id`)).rows.map(
      (r) => r.id as string,
    );
    await c.query("BEGIN");
    const editionId = "bench-edition-2020";
    await c.query(
      `INSERT INTO "Edition" (id, year, theme, status, "updatedAt") VALUES ($1, 2020, 'Edisi uji beban', 'ANNOUNCED', now())`,
      [editionId],
    );
    await c.query(
      `INSERT INTO "Group" (id, "editionId", kind, name) VALUES ('bench-group', $1, 'UMUM', 'Kelompok Umum')`,
      [editionId],
    );
    for (let k = 1; k <= 4; k++) {
      await c.query(`INSERT INTO "Category" (id, "editionId", "order", name) VALUES ($1, $2, $3, $4)`, [
        `bench-cat-${k}`,
        editionId,
        k,
        `Kategori uji ${k}`,
      ]);
    }
    await c.query(
      `INSERT INTO "Result" (id, "editionId", version, "confirmedAt") VALUES ('bench-result', $1, 1, now())`,
      [editionId],
    );
    for (let i = 0; i < INNOVATIONS; i++) {
      const unitId = institutions[i % institutions.length]!;
      const id = `bench-pub-${i}`;
      await c.query(`INSERT INTO "Innovation" (id, "unitId", name) VALUES ($1, $2, $3)`, [
        id,
        unitId,
        `Inovasi uji ${i}`,
      ]);
      await c.query(
        `INSERT INTO "Proposal" (id, "editionId", "innovationId", "unitId", "institutionId", "groupId", "categoryId", title, status, "publicSummary", "updatedAt")
         VALUES ($1, $2, $1, $3, $3, 'bench-group', $4, $5, 'PASSED', $6, now())`,
        [
          id,
          editionId,
          unitId,
          `bench-cat-${(i % 4) + 1}`,
          `Inovasi Pelayanan Publik Uji Beban Nomor ${i}`,
          `Ringkasan inovasi ${i}.`,
        ],
      );
      await c.query(
        `INSERT INTO "ResultLine" ("resultId", "proposalId", "finalScore", rank, tier, "certificateCode") VALUES ('bench-result', $1, $2, $3, 'TOP_N', $4)`,
        [id, 90 - i / 100, i + 1, `BENCH-${i}`],
      );
      if (i < 12) {
        await c.query(
          `INSERT INTO "Award" (id, "editionId", "resultId", name, "order", "proposalId", "certificateCode") VALUES ($1, $2, 'bench-result', $3, $4, $1, $5)`,
          [id, editionId, `Terbaik ${(i % 3) + 1}`, i, `BENCH-AW-${i}`],
        );
      }
    }
    await c.query(
      `INSERT INTO "Publication" ("editionId", "finalistsPublishedAt", "winnersPublishedAt", "publicProposalFields") VALUES ($1, now() - interval '1 day', now() - interval '1 hour', '{}')`,
      [editionId],
    );
    await c.query(`UPDATE "PublicSiteVersion" SET version = version + 1, "changedAt" = now()`);
    await c.query("COMMIT");
  } finally {
    await c.end();
  }
}

/** Keep-alive load: CONNECTIONS requests in flight for SECONDS; returns requests per second (2xx only). */
async function load(path: string): Promise<{ rps: number; errors: number; bytes: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let ok = 0;
  let errors = 0;
  let bytes = 0;
  const end = Date.now() + SECONDS * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = http.get({ host: "127.0.0.1", port: PORT, path, agent }, (res) => {
        res.on("data", (d: Buffer) => (bytes += d.length));
        res.on("end", () => {
          if (res.statusCode === 200) ok++;
          else errors++;
          resolve();
        });
      });
      req.on("error", () => {
        errors++;
        resolve();
      });
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) await one();
    }),
  );
  agent.destroy();
  const seconds = (Date.now() - started) / 1000;
  return { rps: ok / seconds, errors, bytes: ok ? bytes / ok : 0 };
}

async function main() {
  const admin = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:55433/postgres";
  const db = await createDatabase(admin, "public");
  let app: ChildProcess | null = null;
  try {
    app = await startApp(db.url);
    await publishInnovations(db.url);
    const gallery = "/inovasi";
    const first = await fetch(`http://127.0.0.1:${PORT}${gallery}`);
    const html = await first.text();
    const shown = (html.match(/bench-pub-\d+/g) ?? []).length;
    if (first.status !== 200 || shown === 0)
      throw new Error(`the gallery did not render the published innovations (${first.status})`);
    // Warm both paths.
    await load(gallery);
    await load("/robots.txt");
    const g: number[] = [];
    const s: number[] = [];
    let size = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const a = await load(gallery);
      const b = await load("/robots.txt");
      if (a.errors || b.errors) console.log(`  round ${r + 1}: ${a.errors} gallery errors, ${b.errors} static errors`);
      g.push(a.rps);
      s.push(b.rps);
      size = a.bytes;
      console.log(`  round ${r + 1}: gallery ${a.rps.toFixed(0)} req/s, static ${b.rps.toFixed(0)} req/s`);
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const ratio = mean(g) / mean(s);
    console.log(
      `Gallery (${INNOVATIONS} published, ${(size / 1024).toFixed(0)} KB of HTML): ${mean(g).toFixed(0)} req/s; ` +
        `static file: ${mean(s).toFixed(0)} req/s; ratio ${ratio.toFixed(2)}× (target ≥ ${TARGET}×). ` +
        `${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each, database fsync=${db.fsync}.`,
    );
    const row = {
      what: `public gallery req/s vs static file (${INNOVATIONS} published innovations, same next start)`,
      figure: `${ratio.toFixed(2)}× (${mean(g).toFixed(0)} vs ${mean(s).toFixed(0)} req/s)`,
      target: `≥ ${TARGET}×`,
      pass: ratio >= TARGET,
    };
    console.log(`BENCH_RESULT ${JSON.stringify({ rows: [row] })}`);
  } finally {
    if (app) {
      try {
        process.kill(-app.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
    await new Promise((r) => setTimeout(r, 1500));
    await db.drop().catch(() => {});
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
