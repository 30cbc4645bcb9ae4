// The one Prisma client of the app. Whether it talks to a PostgreSQL server (DATABASE_URL) or to the
// embedded PGlite (served on loopback by lib/db/embedded.ts), it goes through the same PrismaPg adapter.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, isEmbedded } from "./config";

/**
 * A hand-written statement whose SQL starts with this comment is prepared once per connection and then only
 * executed: PostgreSQL parses and plans it once instead of on every call. For the few statements of the hot
 * paths (autosave), whose text never varies; never for Prisma's generated SQL, whose shapes are unbounded.
 * A server database only: the embedded one serves every connection from one session, where a name prepared
 * by one connection would clash with the next.
 */
export const PREPARED = "/* prepared */";

const preparedNames = new Map<string, string>();

function statementName(query: { sql: string }): string {
  if (!query.sql.startsWith(PREPARED)) return undefined as unknown as string; // unnamed: parsed each time
  let name = preparedNames.get(query.sql);
  if (!name) {
    name = `k_${createHash("sha256").update(query.sql).digest("hex").slice(0, 24)}`;
    preparedNames.set(query.sql, name);
  }
  return name;
}

/** `prepared`: name the PREPARED statements (default: on a server database, i.e. DATABASE_URL set). */
export function createPrismaClient(url = databaseUrl(), options: { prepared?: boolean } = {}): PrismaClient {
  const prepared = options.prepared ?? !isEmbedded();
  const adapter = new PrismaPg(
    {
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      // pg closes a connection idle for 10 s by default; under a burst it then opens new ones, each a new
      // PostgreSQL backend with cold caches and no prepared statements, and every request queues behind
      // them: bench:autosave stalled ~1 s every 12 s that way. Connections stay open 5 minutes instead.
      idleTimeoutMillis: 300_000,
    },
    prepared ? { statementNameGenerator: statementName } : {},
  );
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { kovablikPrisma?: PrismaClient };

/** Created on first use, so importing this module never opens a connection. */
export function getPrisma(): PrismaClient {
  globalForPrisma.kovablikPrisma ??= createPrismaClient();
  return globalForPrisma.kovablikPrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getPrisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type { PrismaClient };
