// A private, freshly migrated PostgreSQL database for one test file: a new database on the server named by
// TEST_DATABASE_URL (CI), or an in-memory embedded PGlite of this worker (locally). Nothing is shared
// between test files, so they can run in parallel.
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { startEphemeralDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";

export type TestDatabase = { url: string; prisma: PrismaClient; close: () => Promise<void> };

export const MIGRATIONS_DIR = path.resolve(__dirname, "../../prisma/migrations");

async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kovablik_test_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** An empty database (no migrations applied). */
export async function emptyDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const db = await createServerDatabase(server);
    return { url: db.url, close: db.drop };
  }
  const db = await startEphemeralDatabase();
  return { url: db.url, close: db.stop };
}

export async function migratedDatabase(): Promise<TestDatabase> {
  const db = await emptyDatabase();
  await applyMigrations({ url: db.url, migrationsDir: MIGRATIONS_DIR });
  // On a server, as the app runs there: its hot statements prepared once per connection (lib/db/client.ts).
  const prisma = createPrismaClient(db.url, { prepared: !!process.env.TEST_DATABASE_URL });
  return {
    url: db.url,
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

/**
 * A migrated, seeded database that the application code itself uses (the `prisma` of lib/db), for
 * integration tests of services and server actions. Run actions as a user with `runAs` from lib/auth/session.
 */
export async function appDatabase(): Promise<TestDatabase> {
  const db = await migratedDatabase();
  const { seed } = await import("@/prisma/seed");
  await seed(db.prisma);
  (globalThis as unknown as { kovablikPrisma?: PrismaClient }).kovablikPrisma = db.prisma;
  return db;
}
