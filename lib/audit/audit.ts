import "server-only";
import { createHash, createHmac } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { serialised } from "@/lib/db/serialised";
import { auditKey, checkpointEnds } from "./anchor";
import { scheduleCheckpoint } from "./checkpoint";

// Append-only (a trigger refuses UPDATE and DELETE) and chained: each entry's hash covers the previous
// entry's hash, so changing or removing any entry breaks verification from there on. The hash is an HMAC
// under a key the database does not hold (anchor.ts), so whoever edits the table cannot recompute the chain;
// checkpoints of the head kept outside the database catch removal of the newest entries (checkpoint.ts).

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

type Tx = Prisma.TransactionClient;

// Serialises writers across connections and servers; held until the transaction ends.
const AUDIT_LOCK_KEY = 7270_0001;

/** JSON with sorted keys: the same value always hashes the same, whatever order jsonb returns keys in. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Plain JSON (dates as ISO strings, decimals and bigints as strings), as it will read back from jsonb. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

type HashedFields = {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

function hashInput(prevHash: string | null, e: HashedFields): string {
  const body = canonicalJson({
    at: e.at.toISOString(),
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return `${prevHash ?? ""}\n${body}`;
}

/** The keyed hash every entry carries. */
export function entryHash(prevHash: string | null, e: HashedFields, key: Buffer = auditKey()): string {
  return createHmac("sha256", key).update(hashInput(prevHash, e)).digest("hex");
}

/** The unkeyed hash of entries written before the key existed (see `legacyUntil` in anchor.ts). */
export function plainEntryHash(prevHash: string | null, e: HashedFields): string {
  return createHash("sha256").update(hashInput(prevHash, e)).digest("hex");
}

/** Records one entry. Call it inside the transaction that makes the change, with its client. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const last = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const at = new Date();
  const before = toJson(input.before);
  const after = toJson(input.after);
  const entityId = input.entityId ?? null;
  const hash = entryHash(last?.hash ?? null, { ...input, entityId, at, before, after });
  await tx.auditEntry.create({
    data: {
      at,
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId,
      before,
      after,
      prevHash: last?.hash ?? null,
      hash,
    },
  });
  scheduleCheckpoint();
}

/** Records one entry on its own (sign-ins, refused actions: there is no change to share a transaction with). */
export async function recordAuditNow(db: Pick<PrismaClient, "$transaction">, input: AuditInput): Promise<void> {
  // All audit writers take one lock; queue in-process rather than each holding a connection (see serialised.ts).
  await serialised("audit", () =>
    db.$transaction((tx) => recordAudit(tx, input), { maxWait: 30_000, timeout: 30_000 }),
  );
}

export type ChainVerification = { ok: true; entries: number } | { ok: false; entries: number; brokenAtSeq: bigint };

export type ChainWalk = ChainVerification & { head: { seq: bigint; hash: string } | null; legacyUntil: bigint };

/**
 * Walks the chain in seq order, from the start or from a known entry (`after`). Entries up to
 * `legacyUntil` may carry the plain sha256 of before the key; "auto" accepts plain entries until the first
 * keyed one (used once, when the first checkpoint pins that boundary).
 */
export async function walkChain(
  db: Pick<PrismaClient, "auditEntry">,
  options: { legacyUntil: bigint | "auto"; after?: { seq: bigint; hash: string | null }; key?: Buffer },
): Promise<ChainWalk> {
  const key = options.key ?? auditKey();
  let legacyUntil = options.legacyUntil === "auto" ? 0n : options.legacyUntil;
  let legacyOpen = options.legacyUntil === "auto";
  let prev: string | null = options.after?.hash ?? null;
  let cursor: bigint | undefined = options.after?.seq;
  let head: ChainWalk["head"] = options.after?.hash ? { seq: options.after.seq, hash: options.after.hash } : null;
  let count = 0;
  for (;;) {
    const batch = await db.auditEntry.findMany({
      where: cursor === undefined ? {} : { seq: { gt: cursor } },
      orderBy: { seq: "asc" },
      take: 1000,
    });
    if (!batch.length) return { ok: true, entries: count, head, legacyUntil };
    for (const e of batch) {
      let valid = e.prevHash === prev && e.hash === entryHash(prev, e, key);
      if (!valid && e.prevHash === prev && (legacyOpen || e.seq <= legacyUntil) && e.hash === plainEntryHash(prev, e)) {
        valid = true;
        if (legacyOpen) legacyUntil = e.seq;
      } else if (valid) {
        legacyOpen = false;
      }
      if (!valid) return { ok: false, entries: count, brokenAtSeq: e.seq, head, legacyUntil };
      prev = e.hash;
      head = { seq: e.seq, hash: e.hash };
      count++;
    }
    cursor = batch[batch.length - 1]!.seq;
  }
}

/** Walks the whole chain from the first entry to the last (the checkpoints are compared by `verifyAuditLog`). */
export async function verifyAuditChain(db: Pick<PrismaClient, "auditEntry">): Promise<ChainVerification> {
  const legacy = checkpointEnds().first?.legacyUntil;
  const walk = await walkChain(db, { legacyUntil: legacy ? BigInt(legacy) : 0n });
  return walk.ok
    ? { ok: true, entries: walk.entries }
    : { ok: false, entries: walk.entries, brokenAtSeq: walk.brokenAtSeq };
}
