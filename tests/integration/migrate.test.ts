import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, MigrationError, readMigrations } from "@/lib/db/migrate";
import { emptyDatabase, MIGRATIONS_DIR } from "../helpers/database";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

describe("npm run db:migrate (migration runner)", () => {
  it("applies every committed migration once, with the same bookkeeping as prisma migrate deploy", async () => {
    const db = await emptyDatabase();
    cleanups.push(db.close);
    const first = await applyMigrations({ url: db.url, migrationsDir: MIGRATIONS_DIR });
    const committed = readMigrations(MIGRATIONS_DIR);
    expect(first.applied).toEqual(committed.map((m) => m.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      db.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed.map((m) => m.name));
    for (const [i, r] of rows.entries()) {
      const file = fs.readFileSync(path.join(MIGRATIONS_DIR, committed[i]!.name, "migration.sql"));
      expect(r.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(r.finished_at).not.toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
    // The schema is really there.
    const tables = await query<{ table_name: string }>(
      db.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["Unit", "Proposal", "ScoreSheet", "AuditEntry"]),
    );

    const second = await applyMigrations({ url: db.url, migrationsDir: MIGRATIONS_DIR });
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toHaveLength(committed.length);
  });

  it("rolls a failing migration back whole and records nothing of it", async () => {
    const db = await emptyDatabase();
    cleanups.push(db.close);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-mig-"));
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    fs.mkdirSync(path.join(dir, "20260101000000_ok"));
    fs.writeFileSync(path.join(dir, "20260101000000_ok", "migration.sql"), `CREATE TABLE "a" ("id" INT PRIMARY KEY);`);
    fs.mkdirSync(path.join(dir, "20260102000000_broken"));
    fs.writeFileSync(
      path.join(dir, "20260102000000_broken", "migration.sql"),
      `CREATE TABLE "b" ("id" INT PRIMARY KEY);\nINSERT INTO "nope" VALUES (1);`,
    );

    await expect(applyMigrations({ url: db.url, migrationsDir: dir })).rejects.toThrow(
      /20260102000000_broken gagal dan dibatalkan/,
    );
    const tables = await query<{ table_name: string }>(
      db.url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "a"]);
    const rows = await query<{ migration_name: string }>(db.url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((r) => r.migration_name)).toEqual(["20260101000000_ok"]);
  });

  it("fails with a clear message when the database cannot be reached", async () => {
    const attempt = applyMigrations({
      url: "postgresql://postgres@127.0.0.1:1/nowhere",
      migrationsDir: MIGRATIONS_DIR,
    });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(/Tidak dapat terhubung ke basis data/);
  });
});
