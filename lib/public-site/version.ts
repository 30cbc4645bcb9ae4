import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The public site's version (table PublicSiteVersion, one row). Every write that changes what the public may
// see bumps it; every app process reads it at most once a second (READ_INTERVAL_MS) and drops its cached public
// pages when it moved (lib/public-site/cache-handler.cjs). Decision 016.

export const READ_INTERVAL_MS = 1000;
/** Where the cache handler (a plain script outside the bundle) finds `publicSiteVersion`. */
export const VERSION_READER = Symbol.for("kovablik.publicSiteVersion");

let last: { at: number; value: Promise<number> } | null = null;

async function readVersion(): Promise<number> {
  const row = await prisma.publicSiteVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}

/** The current version, read from the database at most once per READ_INTERVAL_MS (callers share one read). */
export function publicSiteVersion(now = Date.now()): Promise<number> {
  if (!last || now - last.at >= READ_INTERVAL_MS) {
    const value = readVersion();
    last = { at: now, value };
    // A failed read is retried by the next caller instead of being remembered for a second.
    value.catch(() => {
      if (last?.value === value) last = null;
    });
  }
  return last.value;
}

/** Moves the version on (inside the caller's transaction when given one). */
export async function bumpPublicSiteVersion(db: Prisma.TransactionClient = prisma): Promise<number> {
  const row = await db.publicSiteVersion.upsert({
    where: { id: 1 },
    create: { id: 1, version: 2 },
    update: { version: { increment: 1 }, changedAt: new Date() },
    select: { version: true },
  });
  return row.version;
}

/** Called once per server process (instrumentation.ts): hands the reader to the cache handler. */
export function registerPublicSiteVersionReader(): void {
  (globalThis as Record<symbol, unknown>)[VERSION_READER] = () => publicSiteVersion();
}
