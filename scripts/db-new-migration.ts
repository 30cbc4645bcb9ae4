/**
 * `npm run db:new-migration -- <name>`: the offline replacement for `prisma migrate dev --create-only`.
 *
 * Replays prisma/migrations into a throwaway in-memory PGlite, diffs it against prisma/schema.prisma
 * and writes the difference as prisma/migrations/<UTC YYYYMMDDHHMMSS>_<name>/migration.sql. It never
 * applies anything; `npm run db:migrate` does that. See docs/decisions/002-offline-migrations.md.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { diffMigrationsToSchema, LOCKFILE_CONTENT, LOCKFILE_NAME, readMigrationsList } from "./lib/schema-engine";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const USAGE = `Pemakaian / usage: npm run db:new-migration -- <nama_migrasi> [--schema <file>] [--migrations <dir>]
  nama_migrasi: huruf kecil, angka, garis bawah (mis. add_juri_table)
  default: --schema prisma/schema.prisma --migrations prisma/migrations`;
const NAME_PATTERN = /^[a-z0-9_]{1,100}$/;

/** Paths inside the project are shown relative to it. */
function display(p: string): string {
  const relative = path.relative(ROOT, p);
  return relative.startsWith("..") ? p : relative;
}

/** Same format as `prisma migrate dev`: UTC, to the second. */
function migrationTimestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * A short view of the script. The engine puts a `-- StepKind` comment before every statement and
 * indents column/constraint lists, so unindented lines are the statements' headlines
 * (`CREATE TABLE "User" (`, `ADD COLUMN "y" TEXT;`). Big migrations (the initial one) get counts only.
 */
function summarise(sql: string): string {
  const steps = new Map<string, number>();
  for (const [, kind] of sql.matchAll(/^-- (\w+)$/gm)) steps.set(kind!, (steps.get(kind!) ?? 0) + 1);
  const counts = [...steps].map(([kind, n]) => `${n} ${kind}`).join(", ");
  const headlines = sql.split("\n").filter((line) => /^[A-Z]/.test(line));
  if (headlines.length > 25) return `  ${counts}`;
  return [`  ${counts}`, ...headlines.map((line) => `    ${line}`)].join("\n");
}

/**
 * `prisma migrate dev` warns about data loss via the engine's evaluateDataLoss, which needs a real
 * database at the migrations' state (the WASM engine refuses it here). These patterns cover the
 * common cases so that a destructive migration is not applied unread.
 */
function dataLossWarnings(sql: string): string[] {
  const warnings: string[] = [];
  if (/\bDROP (TABLE|COLUMN)\b/.test(sql))
    warnings.push("menghapus tabel/kolom — datanya akan hilang (DROP TABLE/COLUMN).");
  if (/ADD COLUMN\s+"[^"]+" [^,;\n]*NOT NULL(?![^,;\n]*DEFAULT)/.test(sql))
    warnings.push("menambah kolom wajib tanpa DEFAULT — gagal bila tabelnya sudah berisi data.");
  if (/SET DATA TYPE/.test(sql))
    warnings.push("mengubah tipe kolom — data yang tidak bisa dikonversi akan membuat migrasi gagal.");
  return warnings;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        schema: { type: "string", default: path.join(ROOT, "prisma", "schema.prisma") },
        migrations: { type: "string", default: path.join(ROOT, "prisma", "migrations") },
        "create-only": { type: "boolean" }, // habit from `prisma migrate dev`; this tool never applies anyway
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const [name, ...extra] = parsed.positionals;
  if (!name || extra.length > 0) {
    console.error(USAGE);
    return 1;
  }
  if (!NAME_PATTERN.test(name)) {
    console.error(
      `Nama migrasi tidak valid: "${name}". Hanya huruf kecil, angka dan garis bawah (maks. 100).\n${USAGE}`,
    );
    return 1;
  }
  const schemaPath = path.resolve(parsed.values.schema);
  const migrationsDir = path.resolve(parsed.values.migrations);

  let sql: string;
  try {
    sql = await diffMigrationsToSchema({ migrationsDir, schemaPath });
  } catch (error) {
    console.error(`Gagal menghitung migrasi — nothing was written.\n${(error as Error).message}`);
    return 1;
  }

  if (sql === "") {
    console.log("Tidak ada perubahan skema — no migration created.");
    return 0;
  }

  // Migrations are applied in name order, so the new one must sort after every existing one (this also
  // catches a same-second, same-name rerun and a migration dated in the future by a skewed clock).
  const dirName = `${migrationTimestamp(new Date())}_${name}`;
  const dir = path.join(migrationsDir, dirName);
  const newest = (await readMigrationsList(migrationsDir)).migrationDirectories.at(-1)?.path;
  if (newest !== undefined && dirName.localeCompare(newest) <= 0) {
    console.error(
      `Migrasi ${dirName} tidak akan berurutan setelah ${newest} — nothing was written. Periksa jam sistem / coba lagi.`,
    );
    return 1;
  }
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql, "utf8");
  // Written only when absent: an existing lock file is the project's record of the provider.
  const lockPath = path.join(migrationsDir, LOCKFILE_NAME);
  if (!existsSync(lockPath)) await writeFile(lockPath, LOCKFILE_CONTENT, "utf8");

  console.log(`Migrasi dibuat: ${display(path.join(dir, "migration.sql"))}`);
  console.log(summarise(sql));
  for (const warning of dataLossWarnings(sql)) console.log(`Perhatian: migrasi ini ${warning}`);
  console.log("Periksa SQL-nya, lalu terapkan dengan: npm run db:migrate");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
