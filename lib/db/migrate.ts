// Applies the committed migrations (prisma/migrations/*/migration.sql) to any PostgreSQL — the server or
// the embedded one — with the same `_prisma_migrations` bookkeeping as `prisma migrate deploy`, so both
// tools agree wherever Prisma's native engine is available. One transaction per migration: a failing
// migration is rolled back whole and nothing of it remains.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// The key `prisma migrate` itself locks with, so the two never run side by side.
const PRISMA_ADVISORY_LOCK = 72707369;

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[]; alreadyApplied: string[]; warnings: string[] };

export class MigrationError extends Error {}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!fs.existsSync(migrationsDir)) return [];
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

const BOOKKEEPING_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function applyMigrations(options: {
  url: string;
  migrationsDir: string;
  log?: (line: string) => void;
}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (e) {
    throw new MigrationError(`Tidak dapat terhubung ke basis data: ${(e as Error).message}`);
  }
  const result: MigrateResult = { applied: [], alreadyApplied: [], warnings: [] };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(BOOKKEEPING_TABLE);
    const rows = (
      await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      )
    ).rows;
    const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at);
    if (failed.length) {
      throw new MigrationError(
        `Migrasi gagal tercatat di basis data (${failed.map((r) => r.migration_name).join(", ")}). ` +
          `Selesaikan dulu (prisma migrate resolve) sebelum menjalankan migrasi baru.`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    for (const name of done.keys()) {
      if (!migrations.some((m) => m.name === name)) {
        result.warnings.push(`Migrasi ${name} ada di basis data tetapi tidak ada di folder migrasi.`);
      }
    }
    for (const m of migrations) {
      const previous = done.get(m.name);
      if (previous) {
        if (previous.checksum !== m.checksum) {
          result.warnings.push(`Migrasi ${m.name} diubah setelah diterapkan (checksum berbeda).`);
        }
        result.alreadyApplied.push(m.name);
        continue;
      }
      log(`→ menerapkan ${m.name}`);
      const id = randomUUID();
      try {
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 0)`,
          [id, m.checksum, m.name],
        );
        await client.query(m.sql);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw new MigrationError(
          `Migrasi ${m.name} gagal dan dibatalkan seluruhnya (rolled back): ${(e as Error).message}`,
        );
      }
      result.applied.push(m.name);
    }
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}
