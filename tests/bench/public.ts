// npm run bench:public — requests per second of the finalists and winners gallery (/inovasi, 500 published
// innovations, served from the route cache) against a static page served by the same `next start`, in one run.
// Target ≥ 0.8×. The static page is the floor: the gallery's own HTML, byte for byte, saved as a file in public/
// before the app starts (Next.js lists public/ at start-up), so both answers carry the same bytes and the ratio
// is what the app adds to serving them. Both go through the same proxy; they are measured in alternating rounds
// so machine noise hits both. /robots.txt (297 bytes) is measured too, for information only.
//
// Database: BENCH_DATABASE_URL, else the durable server on 127.0.0.1:55433 (/tmp/benchpg), else TEST_DATABASE_URL.
// Options: --connections 32 --seconds 8 --rounds 3 --innovations 500
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
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
/** The gallery's HTML as a static file (gitignored; removed after the run). */
const STATIC_COPY = "public/bench-gallery-copy.html";

const SECRET = crypto.randomBytes(32).toString("base64url");

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
      NEXTAUTH_SECRET: SECRET,
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

function stopApp(app: ChildProcess | null) {
  if (!app) return Promise.resolve();
  try {
    process.kill(-app.pid!, "SIGTERM");
  } catch {
    return Promise.resolve(); // already gone
  }
  return new Promise<void>((resolve) => {
    const check = setInterval(() => {
      try {
        process.kill(-app.pid!, 0);
      } catch {
        clearInterval(check);
        resolve();
      }
    }, 200);
  });
}

/** The gallery's HTML as the app serves it from its cache. */
async function fetchGallery(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${PORT}/inovasi`);
  const html = await res.text();
  const shown = (html.match(/bench-pub-\d+/g) ?? []).length;
  if (res.status !== 200 || shown === 0)
    throw new Error(`the gallery did not render the published innovations (${res.status})`);
  return html;
}

/** Saves the gallery as a static page, dated before the build so `npm start` does not rebuild for it. */
function writeStaticCopy(html: string) {
  fs.writeFileSync(STATIC_COPY, html);
  const built = fs.statSync(path.resolve(".next/BUILD_ID")).mtime;
  const before = new Date(built.getTime() - 60_000);
  fs.utimesSync(STATIC_COPY, before, before);
}

async function main() {
  const admin = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:55433/postgres";
  const db = await createDatabase(admin, "public");
  let app: ChildProcess | null = null;
  try {
    // First start: publish, render the gallery once, keep its bytes; then start again with them in public/.
    fs.rmSync(STATIC_COPY, { force: true });
    // A fresh data directory: its audit checkpoint belongs to an earlier run's database otherwise.
    fs.rmSync(".data/bench-public", { recursive: true, force: true });
    app = await startApp(db.url);
    await publishInnovations(db.url);
    writeStaticCopy(await fetchGallery());
    await stopApp(app);
    app = await startApp(db.url);
    const gallery = "/inovasi";
    const copy = `/${path.basename(STATIC_COPY)}`;
    const html = await fetchGallery();
    const copyBytes = fs.statSync(STATIC_COPY).size;
    // Warm every path.
    await load(gallery);
    await load(copy);
    await load("/robots.txt");
    const g: number[] = [];
    const s: number[] = [];
    const r: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const a = await load(gallery);
      const b = await load(copy);
      const c = await load("/robots.txt");
      if (a.errors || b.errors || c.errors)
        console.log(`  round ${round + 1}: ${a.errors} gallery, ${b.errors} static page, ${c.errors} robots errors`);
      g.push(a.rps);
      s.push(b.rps);
      r.push(c.rps);
      console.log(
        `  round ${round + 1}: gallery ${a.rps.toFixed(0)} req/s, same page as a static file ${b.rps.toFixed(0)} req/s, /robots.txt ${c.rps.toFixed(0)} req/s`,
      );
    }
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const ratio = mean(g) / mean(s);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(
      `Gallery (${INNOVATIONS} published, ${kb(Buffer.byteLength(html))} of HTML): ${mean(g).toFixed(0)} req/s; ` +
        `the same page as a static file (${kb(copyBytes)}): ${mean(s).toFixed(0)} req/s; ratio ${ratio.toFixed(2)}× ` +
        `(target ≥ ${TARGET}×). For information, /robots.txt: ${mean(r).toFixed(0)} req/s ` +
        `(gallery ${(mean(g) / mean(r)).toFixed(2)}× of it). ${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each, ` +
        `database fsync=${db.fsync}.`,
    );
    const row = {
      what: `public gallery req/s vs the same page as a static file (${INNOVATIONS} published innovations, same next start)`,
      figure: `${ratio.toFixed(2)}× (${mean(g).toFixed(0)} vs ${mean(s).toFixed(0)} req/s, ${kb(Buffer.byteLength(html))}; vs /robots.txt ${(mean(g) / mean(r)).toFixed(2)}×)`,
      target: `≥ ${TARGET}×`,
      pass: ratio >= TARGET,
    };
    console.log(`BENCH_RESULT ${JSON.stringify({ rows: [row] })}`);
  } finally {
    await stopApp(app);
    fs.rmSync(STATIC_COPY, { force: true });
    await db.drop().catch(() => {});
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
