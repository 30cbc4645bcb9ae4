import "server-only";
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Append-only (a trigger refuses UPDATE and DELETE) and chained: each entry's hash covers the previous
// entry's hash, so changing or removing any entry breaks verification from there on.

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

export function entryHash(prevHash: string | null, e: {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}): string {
  const body = canonicalJson({
    at: e.at.toISOString(),
    actorId: e.actorId,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash("sha256").update(`${prevHash ?? ""}\n${body}`).digest("hex");
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
}

export type ChainVerification = { ok: true; entries: number } | { ok: false; entries: number; brokenAtSeq: bigint };

/** Walks the whole chain from the first entry to the last. */
export async function verifyAuditChain(db: Pick<PrismaClient, "auditEntry">): Promise<ChainVerification> {
  let prev: string | null = null;
  let cursor: bigint | undefined;
  let count = 0;
  for (;;) {
    const batch = await db.auditEntry.findMany({
      where: cursor === undefined ? {} : { seq: { gt: cursor } },
      orderBy: { seq: "asc" },
      take: 1000,
    });
    if (!batch.length) return { ok: true, entries: count };
    for (const e of batch) {
      const expected = entryHash(prev, e);
      if (e.prevHash !== prev || e.hash !== expected) return { ok: false, entries: count, brokenAtSeq: e.seq };
      prev = e.hash;
      count++;
    }
    cursor = batch[batch.length - 1]!.seq;
  }
}
