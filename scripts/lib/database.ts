// How the command-line scripts reach the database: the server named by DATABASE_URL, or the embedded one
// (hosted by this process when no other process hosts it yet).
import { databaseUrl, isEmbedded, redactUrl } from "@/lib/db/config";
import { ensureEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";

export async function openDatabase(): Promise<{ url: string; label: string; close: () => Promise<void> }> {
  if (!isEmbedded()) {
    const url = databaseUrl();
    return { url, label: `server PostgreSQL ${redactUrl(url)}`, close: async () => {} };
  }
  const db: EmbeddedDatabase = await ensureEmbeddedDatabase();
  return {
    url: db.url,
    label: db.hosted ? "basis data bawaan (PGlite, .data/)" : "basis data bawaan (PGlite, dilayani proses lain)",
    close: db.stop,
  };
}

/** Runs a script body with a clear one-line failure and a non-zero exit, never a stack trace dump. */
export function runMain(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
      if (process.env.KOVABLIK_DEBUG) console.error(e);
      process.exit(1);
    },
  );
}
