import "server-only";
import { serialised } from "@/lib/db/serialised";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Failed sign-ins are counted in the database so that the limits hold across app servers. Three counters:
// - the (account, address) pair: the guesser at one address is slowed down with a growing delay and stopped
//   after MAX_FAILURES_PER_PAIR, while the owner signing in from elsewhere is not affected;
// - the address: one address spraying many accounts;
// - the account, across all addresses: a guesser with many addresses. Reaching it blocks password sign-in for
//   everyone, so it is set well above what one address may try; the owner still gets in with a one-time
//   sign-in link by mail ("masuk dengan tautan"), which no counter blocks.
// Checking and counting are one step: under a per-key advisory lock the attempt is written as a failure
// *before* the password is checked, and turned into a success afterwards, so concurrent attempts all see
// each other and a burst cannot check more passwords than the limit allows.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_PAIR = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;
export const MAX_FAILURES_PER_ACCOUNT = 30;
/** Failures of a pair allowed back to back before the delay starts. */
export const FREE_FAILURES = 3;
const MAX_DELAY_MS = SIGN_IN_WINDOW_MS;

type Db = Pick<PrismaClient, "$transaction" | "signInAttempt">;
type Tx = Prisma.TransactionClient;

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;
export const pairKey = (email: string, ip: string | null | undefined) =>
  `pair:${email.trim().toLowerCase()}|${ip ?? "-"}`;

/** The wait before the next attempt of a pair after `failures` failures in a row: 0, then 2 s, 4 s, 8 s … */
export function pairDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, 2 ** (failures - FREE_FAILURES + 1) * 1000);
}

type Keys = { email: string; ip?: string | null };

/** Failures of `key` since its last success within the window, newest first (at most `take`). */
async function recentFailures(tx: Tx, key: string, now: Date, take: number): Promise<Date[]> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { key, succeeded: true, at: { gt: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const rows = await tx.signInAttempt.findMany({
    where: { key, succeeded: false, at: { gt: lastSuccess?.at ?? windowStart } },
    orderBy: { at: "desc" },
    take,
    select: { at: true },
  });
  return rows.map((r) => r.at);
}

/** When `key` may try again under a plain limit of `max` failures per window, or null. */
function limitUntil(failures: Date[], max: number): Date | null {
  if (failures.length < max) return null;
  return new Date(failures[max - 1]!.getTime() + SIGN_IN_WINDOW_MS);
}

async function lockKey(tx: Tx, key: string) {
  // Two-key form: its own lock space, apart from the single-key locks of migrations and the audit log.
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(7271, hashtext(${key}))::text`;
}

async function lockedUntilTx(tx: Tx, keys: Keys, now: Date): Promise<Date | null> {
  const pair = await recentFailures(tx, pairKey(keys.email, keys.ip), now, MAX_FAILURES_PER_PAIR);
  const candidates = [
    limitUntil(pair, MAX_FAILURES_PER_PAIR),
    pair.length ? new Date(pair[0]!.getTime() + pairDelayMs(pair.length)) : null,
    limitUntil(
      await recentFailures(tx, accountKey(keys.email), now, MAX_FAILURES_PER_ACCOUNT),
      MAX_FAILURES_PER_ACCOUNT,
    ),
    keys.ip
      ? limitUntil(
          await recentFailures(tx, addressKey(keys.ip), now, MAX_FAILURES_PER_ADDRESS),
          MAX_FAILURES_PER_ADDRESS,
        )
      : null,
  ].filter((d): d is Date => d !== null && d > now);
  return candidates.length ? new Date(Math.max(...candidates.map((d) => d.getTime()))) : null;
}

function keysOf(keys: Keys): string[] {
  const out = [accountKey(keys.email), pairKey(keys.email, keys.ip)];
  if (keys.ip) out.push(addressKey(keys.ip));
  return out;
}

export type AttemptClaim = { ok: true; rows: { id: bigint; key: string }[] } | { ok: false; until: Date };

/**
 * Claims the right to check one password: refused while any counter is over its limit, else the attempt is
 * recorded as a failure at once (the in-flight attempt counts) and its ids returned for `settleAttempt`.
 */
export async function claimSignInAttempt(db: Db, keys: Keys, now = new Date()): Promise<AttemptClaim> {
  return serialised(`sign-in:${accountKey(keys.email)}`, () => claimTx(db, keys, now), db);
}

async function claimTx(db: Db, keys: Keys, now: Date): Promise<AttemptClaim> {
  return db.$transaction(
    async (tx) => {
      // Always the account first, then the address: one order everywhere, so two attempts never deadlock.
      await lockKey(tx, accountKey(keys.email));
      if (keys.ip) await lockKey(tx, addressKey(keys.ip));
      const until = await lockedUntilTx(tx, keys, now);
      if (until) return { ok: false as const, until };
      const rows = await tx.signInAttempt.createManyAndReturn({
        data: keysOf(keys).map((key) => ({ key, succeeded: false, at: now })),
        select: { id: true, key: true },
      });
      return { ok: true as const, rows };
      // A burst queues on the lock and the connection pool; each turn is a few milliseconds.
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/**
 * Turns a claimed attempt into a success, which resets the account's and the pair's counters. The address's
 * row is dropped instead: a guesser must not reset its address's counter by signing in to an account of its
 * own now and then.
 */
export async function settleAttempt(db: Pick<PrismaClient, "signInAttempt">, rows: { id: bigint; key: string }[]) {
  const address = rows.filter((r) => r.key.startsWith("ip:")).map((r) => r.id);
  const others = rows.filter((r) => !r.key.startsWith("ip:")).map((r) => r.id);
  await db.signInAttempt.updateMany({ where: { id: { in: others } }, data: { succeeded: true } });
  if (address.length) await db.signInAttempt.deleteMany({ where: { id: { in: address } } });
}

/** Records a success outside the password check (a reset or sign-in link proved the mailbox). */
export async function recordSignInSuccess(db: Pick<PrismaClient, "signInAttempt">, keys: Keys, now = new Date()) {
  const keysToReset = [accountKey(keys.email), pairKey(keys.email, keys.ip)];
  await db.signInAttempt.createMany({ data: keysToReset.map((key) => ({ key, succeeded: true, at: now })) });
}
