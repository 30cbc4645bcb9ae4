// npm start — the whole portal on one machine: database (embedded unless DATABASE_URL is set), migrations,
// demo data (embedded only, unless KOVABLIK_SEED_DEMO=1), a production build when the sources changed, then
// `next start`. `--dev` runs `next dev` instead of building. `--fresh` empties the embedded data first.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isEmbedded } from "@/lib/db/config";
import { createPrismaClient } from "@/lib/db/client";
import { embeddedDataDir, embeddedPort } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { seed } from "../prisma/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed-data";
import { openDatabase } from "./lib/database";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const port = Number(process.env.PORT ?? 3000);
const nextBin = path.resolve("node_modules/next/dist/bin/next");

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) {
    if (entry === "node_modules" || entry === "generated" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "public", "next.config.ts", "proxy.ts", "instrumentation-client.ts", "package-lock.json", "prisma/schema.prisma"];
  return sources.some((s) => newestMtime(path.resolve(s)) > built);
}

/** A stable secret for signing sessions on this machine when none is configured. */
function sessionSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.resolve(process.env.KOVABLIK_DATA_DIR ?? ".data", "nextauth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  if (args.has("--fresh") && isEmbedded()) {
    fs.rmSync(path.dirname(embeddedDataDir()), { recursive: true, force: true });
  }
  const db = await openDatabase();
  console.log(`• Basis data: ${db.label}`);
  const migrated = await applyMigrations({ url: db.url, migrationsDir: path.resolve("prisma/migrations") });
  console.log(`• Migrasi: ${migrated.applied.length} baru, ${migrated.alreadyApplied.length} sudah diterapkan`);

  if (isEmbedded() || process.env.KOVABLIK_SEED_DEMO === "1") {
    const prisma = createPrismaClient(db.url);
    const s = await seed(prisma);
    await prisma.$disconnect();
    console.log(`• Data demo: ${s.unitsCreated} unit baru, ${s.usersCreated} akun baru`);
  }

  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: sessionSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    KOVABLIK_EMBEDDED_DB_PORT: String(embeddedPort()),
    // The launcher is the scheduler on a single machine: it calls /api/jadwal every hour with this secret.
    KOVABLIK_CRON_SECRET: process.env.KOVABLIK_CRON_SECRET ?? crypto.randomBytes(24).toString("base64url"),
  };

  if (!dev && (buildIsStale() || args.has("--rebuild"))) {
    console.log("• Membangun aplikasi (next build)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) throw new Error("next build gagal.");
  }

  console.log(`\nPortal KOVABLIK: http://localhost:${port}`);
  if (isEmbedded()) {
    console.log(`Akun demo (kata sandi ${DEMO_PASSWORD}): ${DEMO_USERS.map((u) => u.email).join(", ")}`);
  }
  const child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(port)], { stdio: "inherit", env });
  const runScheduled = () =>
    fetch(`http://127.0.0.1:${port}/api/jadwal`, {
      method: "POST",
      headers: { authorization: `Bearer ${env.KOVABLIK_CRON_SECRET}` },
    }).catch(() => {
      // Not up yet, or briefly down: the next run catches up (reminders are once a day, mail stays queued).
    });
  const firstRun = setTimeout(runScheduled, 60_000);
  const hourly = setInterval(runScheduled, 60 * 60_000);
  const stop = () => {
    clearTimeout(firstRun);
    clearInterval(hourly);
    child.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    await db.close();
    process.exit(code ?? 0);
  });
}

main().catch((e: unknown) => {
  console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
