// npm start — the whole portal on one machine: database (embedded unless DATABASE_URL is set), migrations,
// demo data (embedded only, unless KOVABLIK_SEED_DEMO=1 with KOVABLIK_ALLOW_DEMO=1), a production build when
// the sources changed, then `next start` (one process per core on a server database) — refused on a server database while a demo account is active.
// `--dev` runs `next dev` instead of building. `--fresh` empties the embedded data first.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { assertNoDemoAccounts, demoAccountsAllowed } from "@/lib/auth/demo-accounts";
import { createPrismaClient } from "@/lib/db/client";
import { dataRoot, isEmbedded } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { ensurePrivateDir, lockDownTree, privateSecret } from "@/lib/db/private-files";
import { seed } from "../prisma/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed-data";
import { openDatabase } from "./lib/database";
import { startWorkers, workerCount } from "./lib/workers";

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
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "next.config.ts",
    "proxy.ts",
    "instrumentation-client.ts",
    "package-lock.json",
    "prisma/schema.prisma",
  ];
  return sources.some((s) => newestMtime(path.resolve(s)) > built);
}

/** A stable secret for signing sessions on this machine when none is configured. */
function sessionSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  return privateSecret(path.join(dataRoot(), "nextauth-secret"));
}

async function main() {
  if (args.has("--fresh") && isEmbedded()) {
    fs.rmSync(dataRoot(), { recursive: true, force: true });
  }
  // Uploads and secrets live here with a server database too.
  ensurePrivateDir(dataRoot());
  lockDownTree(dataRoot());
  const seedDemo = isEmbedded() || process.env.KOVABLIK_SEED_DEMO === "1";
  if (seedDemo && !dev && !demoAccountsAllowed()) {
    throw new Error(
      "KOVABLIK_SEED_DEMO=1 pada basis data server: akun demo memakai kata sandi yang tercantum di README. " +
        "Hanya untuk basis data uji yang dibuang setelahnya: set juga KOVABLIK_ALLOW_DEMO=1.",
    );
  }
  const db = await openDatabase();
  console.log(`• Basis data: ${db.label}`);
  const migrated = await applyMigrations({ url: db.url, migrationsDir: path.resolve("prisma/migrations") });
  console.log(`• Migrasi: ${migrated.applied.length} baru, ${migrated.alreadyApplied.length} sudah diterapkan`);

  const prisma = createPrismaClient(db.url);
  try {
    if (seedDemo) {
      const s = await seed(prisma);
      console.log(`• Data demo: ${s.unitsCreated} unit baru, ${s.usersCreated} akun baru`);
      // The e2e server's extra data (tests/e2e/fixtures/scenarios.ts): throwaway databases only.
      if (process.env.KOVABLIK_E2E_SCENARIOS === "1" && demoAccountsAllowed()) {
        const { seedE2eScenarios } = await import("../tests/e2e/fixtures/scenarios");
        await seedE2eScenarios(prisma);
        console.log("• Data skenario e2e ditambahkan");
      }
    }
    // Checked again by the server itself (instrumentation.ts); here it fails before a build of minutes.
    if (!dev) await assertNoDemoAccounts(prisma);
  } finally {
    await prisma.$disconnect();
  }

  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: sessionSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // Absolute, so every child finds the same data directory, socket and instance id whatever its cwd.
    KOVABLIK_DATA_DIR: dataRoot(),
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
  // Production: one `next start` per core on a server database (scripts/lib/workers.ts); dev: one `next dev`.
  const workers = dev ? 1 : workerCount(isEmbedded());
  if (!dev) console.log(`• Proses aplikasi: ${workers}`);
  const exit = async (code: number | null) => {
    await db.close();
    process.exit(code ?? 0);
  };
  let stopApp: () => void;
  if (dev) {
    const child = spawn(process.execPath, [nextBin, "dev", "-p", String(port)], { stdio: "inherit", env });
    child.on("exit", exit);
    stopApp = () => child.kill("SIGTERM");
  } else {
    stopApp = startWorkers({ nextBin, port, count: workers, env, onAllExited: exit }).stop;
  }
  // The launcher is the one scheduler, however many app processes answer: each hourly run is one request.
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
    stopApp();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
