/**
 * The drift check (`npm run db:drift`) as part of the test suite: committed migrations must rebuild
 * exactly prisma/schema.prisma. Each case replays the migrations into an in-memory PGlite through the
 * WASM schema engine (a few seconds each), hence the generous timeout.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "../../scripts/lib/schema-engine";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
const TIMEOUT = 60_000;

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "kovablik-drift-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("prisma migrations vs schema.prisma", () => {
  it(
    "the committed migrations produce exactly the schema (no drift)",
    async () => {
      const sql = await diffMigrationsToSchema({ migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
      // On failure the message shows the SQL a new migration needs: `npm run db:new-migration -- <name>`.
      expect(sql).toBe("");
    },
    TIMEOUT,
  );

  it(
    "detects drift when the newest migration is missing",
    async () => {
      const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
      const migrations = entries
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      expect(migrations.length, "prisma/migrations has no migration yet").toBeGreaterThan(0);

      await withTempDir(async (dir) => {
        await cp(MIGRATIONS_DIR, dir, { recursive: true });
        await rm(path.join(dir, migrations.at(-1)!), { recursive: true });
        const sql = await diffMigrationsToSchema({ migrationsDir: dir, schemaPath: SCHEMA_PATH });
        expect(sql).not.toBe("");
      });
    },
    TIMEOUT,
  );

  it(
    "turns an added field into an ADD COLUMN",
    async () => {
      const schema = await readFile(SCHEMA_PATH, "utf8");
      const withColumn = schema.replace(/^(model \w+ \{\n)/m, "$1  driftProbeColumn String?\n");
      expect(withColumn, "no model found in schema.prisma").not.toBe(schema);

      await withTempDir(async (dir) => {
        const schemaPath = path.join(dir, "schema.prisma");
        await writeFile(schemaPath, withColumn);
        const sql = await diffMigrationsToSchema({ migrationsDir: MIGRATIONS_DIR, schemaPath });
        expect(sql).toMatch(/ALTER TABLE "[^"]+" ADD COLUMN\s+"driftProbeColumn" TEXT;/);
      });
    },
    TIMEOUT,
  );
});
