// The one Prisma client of the app. Whether it talks to a PostgreSQL server (DATABASE_URL) or to the
// embedded PGlite (served on loopback by lib/db/embedded.ts), it goes through the same PrismaPg adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./config";

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
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
