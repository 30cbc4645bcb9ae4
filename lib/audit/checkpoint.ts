import "server-only";
import { after } from "next/server";
import { getPrisma } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendCheckpoint, checkpointEnds, checkpointFile, readCheckpoints } from "./anchor";
import { log, logError } from "@/lib/log";
import { walkChain } from "./audit";

// Checkpoints of the chain's head, appended to a file the database cannot reach: at every scheduled run
// (/api/jadwal), after requests that wrote to the log (at most once a minute per app process), and when an
// admin verifies. A checkpoint is written only after the entries since the previous one verify, so a
// tampered chain is never blessed. Verification then needs every checkpointed entry to still be there,
// unchanged: removing the newest entries or swapping in a recomputed chain is reported.

type Db = Pick<PrismaClient, "auditEntry">;

export type CheckpointResult =
  { written: boolean; seq: string } | { written: false; problem: "chain" | "rewritten"; brokenAtSeq: bigint };

export async function writeCheckpoint(db: Db, options: { file?: string; now?: Date } = {}): Promise<CheckpointResult> {
  const file = options.file ?? checkpointFile();
  const at = (options.now ?? new Date()).toISOString();
  const { first, last } = checkpointEnds(file);
  if (!last) {
    // The first checkpoint pins where unkeyed entries (written before the key existed) end.
    const walk = await walkChain(db, { legacyUntil: "auto" });
    if (!walk.ok) return { written: false, problem: "chain", brokenAtSeq: walk.brokenAtSeq };
    const seq = (walk.head?.seq ?? 0n).toString();
    appendCheckpoint({ seq, hash: walk.head?.hash ?? "", at, legacyUntil: walk.legacyUntil.toString() }, file);
    return { written: true, seq };
  }
  const lastSeq = BigInt(last.seq);
  if (lastSeq > 0n) {
    const row = await db.auditEntry.findUnique({ where: { seq: lastSeq }, select: { hash: true } });
    if (row?.hash !== last.hash) return { written: false, problem: "rewritten", brokenAtSeq: lastSeq };
  }
  const walk = await walkChain(db, {
    legacyUntil: BigInt(first?.legacyUntil ?? "0"),
    after: { seq: lastSeq, hash: lastSeq > 0n ? last.hash : null },
  });
  if (!walk.ok) return { written: false, problem: "chain", brokenAtSeq: walk.brokenAtSeq };
  if (!walk.head || walk.head.seq === lastSeq) return { written: false, seq: last.seq };
  appendCheckpoint({ seq: walk.head.seq.toString(), hash: walk.head.hash, at }, file);
  return { written: true, seq: walk.head.seq.toString() };
}

const CHECKPOINT_INTERVAL_MS = 60_000;
let lastScheduled = 0;

/** After the response, checkpoints the committed head (throttled). Outside a request it does nothing. */
export function scheduleCheckpoint(): void {
  const now = Date.now();
  if (now - lastScheduled < CHECKPOINT_INTERVAL_MS) return;
  try {
    after(async () => {
      const r = await writeCheckpoint(getPrisma()).catch((e: unknown) => {
        logError("audit checkpoint", e);
        return null;
      });
      if (r && "problem" in r) {
        log("error", "audit checkpoint refused", { problem: r.problem, seq: String(r.brokenAtSeq) });
      }
    });
    lastScheduled = now;
  } catch {
    // No request (tests, scripts): the scheduled run or the next request takes the checkpoint.
  }
}

export type AuditLogVerification =
  | { ok: true; entries: number; checkpoints: number; lastCheckpoint: { seq: string; at: string } | null }
  | { ok: false; entries: number; problem: "chain" | "truncated" | "rewritten"; brokenAtSeq: bigint };

/** The chain verifies (keyed) and every checkpoint's entry is still in the database, unchanged. */
export async function verifyAuditLog(db: Db, options: { file?: string } = {}): Promise<AuditLogVerification> {
  const { checkpoints } = readCheckpoints(options.file ?? checkpointFile());
  const walk = await walkChain(db, { legacyUntil: BigInt(checkpoints[0]?.legacyUntil ?? "0") });
  if (!walk.ok) return { ok: false, entries: walk.entries, problem: "chain", brokenAtSeq: walk.brokenAtSeq };
  const headSeq = walk.head?.seq ?? 0n;
  const pinned = checkpoints.filter((c) => c.seq !== "0");
  for (let i = 0; i < pinned.length; i += 1000) {
    const chunk = pinned.slice(i, i + 1000);
    const rows = await db.auditEntry.findMany({
      where: { seq: { in: chunk.map((c) => BigInt(c.seq)) } },
      select: { seq: true, hash: true },
    });
    const bySeq = new Map(rows.map((r) => [r.seq.toString(), r.hash]));
    for (const c of chunk) {
      const hash = bySeq.get(c.seq);
      if (hash === c.hash) continue;
      const seq = BigInt(c.seq);
      const problem = hash === undefined && seq > headSeq ? "truncated" : "rewritten";
      return { ok: false, entries: walk.entries, problem, brokenAtSeq: problem === "truncated" ? headSeq + 1n : seq };
    }
  }
  const last = checkpoints.at(-1);
  return {
    ok: true,
    entries: walk.entries,
    checkpoints: checkpoints.length,
    lastCheckpoint: last ? { seq: last.seq, at: last.at } : null,
  };
}
