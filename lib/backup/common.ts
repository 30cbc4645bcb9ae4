// What the backup and restore commands share: the archive's manifest, the row counts they report, and the
// audit key's fingerprint (the restored chain only verifies under the key it was written with).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { auditKeyFile, deriveAuditKey } from "@/lib/audit/anchor";

export const MANIFEST = "manifest.json";
export const SERVER_DUMP = "database.dump";
export const EMBEDDED_DUMP = "pglite.tar";
export const FILES_DIR = "files";
export const CHECKPOINTS = "audit/checkpoints.jsonl";
export const KEY_FILE = "audit/audit-key";

export type DatabaseKind = "server" | "embedded";

export type Counts = Record<string, number>;

export type Manifest = {
  format: "kovablik-backup";
  version: 1;
  createdAt: string;
  database: DatabaseKind;
  /** Where the files came from (absent in archives made before the S3 driver: local). */
  storage?: "local" | "s3";
  counts: Counts;
  files: number;
  auditHead: { seq: string; hash: string } | null;
  /** sha256 of the derived audit key, never the key; `included` when the generated key file is in the archive. */
  auditKey: { fingerprint: string; included: boolean };
};

// What the report counts (tables by Prisma's model names): what a restore must bring back.
const COUNTED: Record<string, string> = {
  Proposal: "usulan",
  Attachment: "lampiran",
  ScoreSheet: "lembar nilai",
  Score: "nilai",
  User: "akun",
  AuditEntry: "entri audit",
};

export async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function countRows(url: string): Promise<Counts> {
  return withClient(url, async (c) => {
    const out: Counts = {};
    for (const table of Object.keys(COUNTED)) {
      const exists = (await c.query(`SELECT to_regclass($1) AS t`, [`public."${table}"`])).rows[0]?.t;
      out[table] = exists ? Number((await c.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n) : 0;
    }
    return out;
  });
}

export function describeCounts(counts: Counts): string {
  return Object.entries(COUNTED)
    .map(([table, label]) => `${counts[table] ?? 0} ${label}`)
    .join(", ");
}

/** Public tables holding rows (the migrations' bookkeeping aside): a restore over them needs --force. */
export async function tablesWithRows(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const tables = (
      await c.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'PublicSiteVersion')
         ORDER BY tablename`,
      )
    ).rows;
    const full: string[] = [];
    for (const t of tables) {
      const q = `SELECT EXISTS (SELECT 1 FROM "${t.name.replaceAll('"', '""')}") AS has`;
      if ((await c.query<{ has: boolean }>(q)).rows[0]?.has) full.push(t.name);
    }
    return full;
  });
}

export function fingerprint(raw: string): string {
  return crypto.createHash("sha256").update(deriveAuditKey(raw)).digest("hex").slice(0, 32);
}

/** The secret the app would use right now, without generating one: KOVABLIK_AUDIT_KEY, else the key file. */
export function currentAuditSecret(): { raw: string; source: "env" | "file" } | null {
  if (process.env.KOVABLIK_AUDIT_KEY) return { raw: process.env.KOVABLIK_AUDIT_KEY, source: "env" };
  const file = auditKeyFile();
  return fs.existsSync(file) ? { raw: fs.readFileSync(file, "utf8").trim(), source: "file" } : null;
}

export function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && !entry.name.endsWith(".part")) n++;
  }
  return n;
}

/** A sibling name that says what it was and when: `files.before-restore-20261201T063000Z`. */
export function asideName(file: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return path.join(path.dirname(file), `${path.basename(file)}.before-restore-${stamp}`);
}
