/**
 * `npm run db:drift`: fails when prisma/schema.prisma has changes that no migration captures.
 *
 * Replays prisma/migrations into a throwaway in-memory PGlite and diffs it against the schema.
 * Exit codes: 0 no drift, 1 drift (the missing SQL is printed), 2 the check itself failed (invalid
 * schema, a migration that doesn't replay). See docs/decisions/002-offline-migrations.md.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { diffMigrationsToSchema } from "./lib/schema-engine";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        schema: { type: "string", default: path.join(ROOT, "prisma", "schema.prisma") },
        migrations: { type: "string", default: path.join(ROOT, "prisma", "migrations") },
      },
    }));
  } catch (error) {
    console.error(
      `${(error as Error).message}\nPemakaian / usage: npm run db:drift [-- --schema <file> --migrations <dir>]`,
    );
    return 2;
  }

  let sql: string;
  try {
    sql = await diffMigrationsToSchema({ migrationsDir: values.migrations, schemaPath: values.schema });
  } catch (error) {
    console.error(`Pemeriksaan drift gagal.\n${(error as Error).message}`);
    return 2;
  }

  if (sql === "") {
    console.log("Migrasi dan skema selaras (no drift).");
    return 0;
  }
  // The SQL goes to stdout so it can be piped; it is exactly what `db:new-migration` would write.
  console.log("Drift: skema berubah tanpa migrasi. SQL yang belum tercakup oleh migrasi:\n");
  console.log(sql.trimEnd());
  console.log("\nBuat migrasinya dengan: npm run db:new-migration -- <nama_migrasi>");
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
