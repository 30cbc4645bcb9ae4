// What the benchmarks share: a seeded random source (the same data every run), a throwaway database on a
// PostgreSQL server (migrated, with the demo data, its durability printed beside the figures), and the final
// BENCH_RESULT line.
import crypto from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { MIGRATIONS_DIR } from "../helpers/database";

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function createDatabase(admin: string, label: string) {
  const name = `kovablik_bench_${label}_${crypto.randomBytes(3).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  const fsync = (await c.query("SHOW fsync")).rows[0].fsync as string;
  const syncCommit = (await c.query("SHOW synchronous_commit")).rows[0].synchronous_commit as string;
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    fsync,
    syncCommit,
    drop: async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await d.end();
    },
  };
}

/**
 * What every server benchmark starts with: a throwaway database on BENCH_DATABASE_URL (or TEST_DATABASE_URL),
 * the server's durability printed beside the figures, migrations and the demo data, and the app's Prisma client
 * pointed at it. `close` disconnects and drops the database.
 */
export async function benchDatabase(label: string) {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!server) {
    console.error(
      "Setel BENCH_DATABASE_URL atau TEST_DATABASE_URL ke server PostgreSQL yang boleh dibuatkan basis data.",
    );
    process.exit(2);
  }
  const target = await createDatabase(server, label);
  const db = createPrismaClient(target.url);
  (globalThis as unknown as { kovablikPrisma?: PrismaClient }).kovablikPrisma = db;
  const close = async () => {
    await db.$disconnect();
    await target.drop();
  };
  try {
    console.log(
      `Server PostgreSQL: fsync=${target.fsync}, synchronous_commit=${target.syncCommit}${target.fsync === "on" ? "" : "  (PERINGATAN: fsync mati; produksi memakai fsync=on, waktu simpan terlalu optimistis)"}`,
    );
    await applyMigrations({ url: target.url, migrationsDir: MIGRATIONS_DIR });
    const { seed } = await import("@/prisma/seed");
    await seed(db);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, url: target.url, fsync: target.fsync, close };
}

export type BenchRow = { what: string; figure: string; target: string; pass: boolean };

/** The one line `npm run bench` reads: printed last by every benchmark. */
export function printBenchResult(rows: BenchRow[]) {
  console.log(`BENCH_RESULT ${JSON.stringify({ rows })}`);
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
