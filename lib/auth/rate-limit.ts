import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// Failed sign-ins are counted in the database so that the limit holds across app servers.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

type Db = Pick<PrismaClient, "signInAttempt">;

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** When the key may try again, or null when it is not locked. */
async function lockedUntil(db: Db, key: string, max: number, now: Date): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { key, succeeded: true, at: { gt: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const failures = await db.signInAttempt.findMany({
    where: { key, succeeded: false, at: { gt: lastSuccess?.at ?? windowStart } },
    orderBy: { at: "desc" },
    take: max,
    select: { at: true },
  });
  if (failures.length < max) return null;
  // Locked until the window has passed since the failure that reached the limit.
  return new Date(failures[max - 1]!.at.getTime() + SIGN_IN_WINDOW_MS);
}

export async function signInLockedUntil(db: Db, keys: { email: string; ip?: string | null }, now = new Date()) {
  const byAccount = await lockedUntil(db, accountKey(keys.email), MAX_FAILURES_PER_ACCOUNT, now);
  const byAddress = keys.ip ? await lockedUntil(db, addressKey(keys.ip), MAX_FAILURES_PER_ADDRESS, now) : null;
  const until = [byAccount, byAddress].filter((d): d is Date => d !== null && d > now);
  return until.length ? new Date(Math.max(...until.map((d) => d.getTime()))) : null;
}

export async function recordSignInAttempt(
  db: Db,
  keys: { email: string; ip?: string | null },
  succeeded: boolean,
  now = new Date(),
) {
  const data = [{ key: accountKey(keys.email), succeeded, at: now }];
  if (keys.ip) data.push({ key: addressKey(keys.ip), succeeded, at: now });
  await db.signInAttempt.createMany({ data });
}
