// Demo accounts never reach a real server by accident: `npm run db:seed` on a server creates none unless
// asked, and a production server refuses to start while one with the published password is active.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeDemoAccounts, assertNoDemoAccounts, DemoAccountsActiveError } from "@/lib/auth/demo-accounts";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { checkServerStart } from "@/lib/server-start";
import { createAdmin, wantsDemoAccounts } from "@/prisma/seed";
import { DEMO_USERS } from "@/prisma/seed-data";
import { migratedDatabase, type TestDatabase } from "../helpers/database";

const ROOT = path.resolve(__dirname, "../..");
const savedEnv = { ...process.env };
let db: TestDatabase;

function seedCli(
  args: string[],
  extraEnv: Record<string, string | undefined> = {},
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, ...extraEnv };
  delete env.KOVABLIK_SEED_DEMO;
  if (extraEnv.KOVABLIK_SEED_DEMO) env.KOVABLIK_SEED_DEMO = extraEnv.KOVABLIK_SEED_DEMO;
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "prisma/seed.ts", ...args], {
    cwd: ROOT,
    env,
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })));
}

/** As a production server sees it: a server database, NODE_ENV=production, no opt-in. */
function productionServer() {
  // A real public address: the start-up check also refuses a production portal that mails localhost links.
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    NODE_ENV: "production",
    NEXTAUTH_URL: "https://kovablik.jatimprov.go.id",
  });
  delete process.env.KOVABLIK_ALLOW_DEMO;
  delete process.env.NEXT_PHASE;
  (globalThis as unknown as { kovablikPrisma?: unknown }).kovablikPrisma = db.prisma;
}

beforeAll(async () => {
  db = await migratedDatabase();
});
afterEach(() => {
  for (const k of ["DATABASE_URL", "NODE_ENV", "KOVABLIK_ALLOW_DEMO", "NEXT_PHASE", "NEXTAUTH_URL"]) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});
afterAll(async () => {
  await db?.close();
});

describe("npm run db:seed on a server database", () => {
  it("asks for demo accounts only on the embedded database, with --demo or with KOVABLIK_SEED_DEMO=1", () => {
    expect(wantsDemoAccounts([], { DATABASE_URL: "postgresql://x/y" })).toBe(false);
    expect(wantsDemoAccounts(["--demo"], { DATABASE_URL: "postgresql://x/y" })).toBe(true);
    expect(wantsDemoAccounts([], { DATABASE_URL: "postgresql://x/y", KOVABLIK_SEED_DEMO: "1" })).toBe(true);
    expect(wantsDemoAccounts([], {})).toBe(true);
  });

  it("creates the organisation and the edition but no account unless asked", async () => {
    const run = await seedCli([]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/Tanpa akun demo/);
    expect(run.output).not.toMatch(/Kovablik#2026/);
    expect(await db.prisma.unit.count()).toBeGreaterThan(38);
    expect(await db.prisma.edition.count()).toBe(1);
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("creates the first real admin with a one-time password, and never overwrites an existing account", async () => {
    const password = await createAdmin(db.prisma, "Kepala.Biro@JatimProv.go.id", "Kepala Biro");
    const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: "kepala.biro@jatimprov.go.id" } });
    expect(admin).toMatchObject({ isAdmin: true, status: "ACTIVE", name: "Kepala Biro" });
    expect(await verifyPassword(password!, admin.passwordHash!)).toBe(true);
    expect(await createAdmin(db.prisma, "kepala.biro@jatimprov.go.id", "Lain")).toBeNull();
    expect(await activeDemoAccounts(db.prisma)).toEqual([]);
  });

  it("creates the demo accounts when asked with --demo", async () => {
    const run = await seedCli(["--demo"]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/portal menolak berjalan selama akun demo ini aktif/);
    expect((await activeDemoAccounts(db.prisma)).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
  });
});

describe("a production start", () => {
  it("refuses while a demo account with the published password is active, and says how to fix it", async () => {
    productionServer();
    await expect(checkServerStart()).rejects.toThrow(DemoAccountsActiveError);
    await expect(assertNoDemoAccounts(db.prisma)).rejects.toThrow(
      /admin@kovablik\.test.*--disable-demo.*KOVABLIK_ALLOW_DEMO=1/s,
    );
  });

  it("runs on a throwaway database that opts in with KOVABLIK_ALLOW_DEMO=1 (the e2e server), and in development", async () => {
    productionServer();
    process.env.KOVABLIK_ALLOW_DEMO = "1";
    await expect(checkServerStart()).resolves.toBeUndefined();
    delete process.env.KOVABLIK_ALLOW_DEMO;
    Object.assign(process.env, { NODE_ENV: "development" });
    await expect(checkServerStart()).resolves.toBeUndefined();
  });

  it("no longer counts a demo account whose password was changed", async () => {
    productionServer();
    const juri = await db.prisma.user.update({
      where: { email: "juri@kovablik.test" },
      data: { passwordHash: await hashPassword("sebuah kata sandi baru 42") },
    });
    expect(await activeDemoAccounts(db.prisma)).not.toContain(juri.email);
  });

  it("runs once `npm run db:seed -- --disable-demo` has disabled them, and their sessions end", async () => {
    productionServer();
    const before = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@kovablik.test" } });
    const run = await seedCli(["--disable-demo"]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/admin@kovablik\.test/);
    const after = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@kovablik.test" } });
    expect(after.status).toBe("DISABLED");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.prisma.user.findUniqueOrThrow({ where: { email: "juri@kovablik.test" } })).toMatchObject({
      status: "ACTIVE",
    });
    await expect(checkServerStart()).resolves.toBeUndefined();
  });
});
