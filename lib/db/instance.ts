// Which embedded database this is. Every data directory gets a random instance id, kept both in
// `.data/instance-id` and in the database; scripts, the launcher and the app compare the two before using
// the database, so a second checkout or instance never migrates, seeds or serves another one's data.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { dataRoot } from "./config";
import { createPrivateFile, ensurePrivateDir } from "./private-files";

export class InstanceMismatchError extends Error {}

// Its own schema: Prisma (introspection, diffs) looks at `public` only, so the table never shows up as drift.
const TABLE = `kovablik_meta.instance`;

export function instanceIdFile(root = dataRoot()): string {
  return path.join(root, "instance-id");
}

function readId(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8").trim() || null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

async function storedId(client: pg.Client): Promise<string | null> {
  const exists = (await client.query<{ t: string | null }>(`SELECT to_regclass('kovablik_meta.instance') AS t`)).rows[0]
    ?.t;
  if (!exists) return null;
  return (await client.query<{ id: string }>(`SELECT id FROM ${TABLE} LIMIT 1`)).rows[0]?.id ?? null;
}

/**
 * Checks that the database at `url` is the one of data directory `root`, before anything else is done with
 * it; on first use (a new data directory, or one from before instance ids) it records the id in both places.
 * Returns the instance id.
 */
export async function verifyInstance(url: string, root = dataRoot()): Promise<string> {
  const file = instanceIdFile(root);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const fileId = readId(file);
    let dbId = await storedId(client);
    if (dbId && !fileId) {
      throw new InstanceMismatchError(
        `Basis data bawaan ini milik instance ${dbId}, tetapi ${file} tidak ada, jadi tidak bisa dipastikan ` +
          `bahwa basis data ini milik direktori data ${root}. Tidak ada yang diubah. Jika memang miliknya, tulis ` +
          `id itu ke ${file} (chmod 600); jika bukan, hentikan proses yang melayaninya.`,
      );
    }
    if (!dbId) {
      ensurePrivateDir(root);
      createPrivateFile(file, crypto.randomUUID());
      const id = readId(file)!;
      await client.query(`CREATE SCHEMA IF NOT EXISTS kovablik_meta`);
      await client.query(
        `CREATE TABLE IF NOT EXISTS ${TABLE} (
           singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
           id text NOT NULL,
           created_at timestamptz NOT NULL DEFAULT now())`,
      );
      await client.query(`INSERT INTO ${TABLE} (id) VALUES ($1) ON CONFLICT DO NOTHING`, [id]);
      dbId = await storedId(client);
    }
    const expected = readId(file);
    if (dbId !== expected) {
      throw new InstanceMismatchError(
        `Basis data bawaan yang menjawab milik instance lain (${dbId}), bukan milik direktori data ${root} ` +
          `(${expected}). Tidak ada yang diubah. Hentikan proses yang melayani basis data itu, atau set ` +
          `KOVABLIK_DATA_DIR ke direktori data yang benar.`,
      );
    }
    return expected!;
  } finally {
    await client.end().catch(() => {});
  }
}
