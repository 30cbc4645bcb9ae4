import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What keeps the audit chain honest against someone who can write to the database: a key the database does
// not hold (the entries' hashes are HMACs under it, so a rewritten chain cannot be recomputed), and
// checkpoints of the chain's head in a file outside the database (so removing the newest entries, or
// swapping in a whole other chain, shows). Both live with the app: KOVABLIK_AUDIT_KEY or `<data>/audit-key`,
// and KOVABLIK_AUDIT_CHECKPOINTS or `<data>/audit-checkpoints.jsonl`. Several app servers need the same
// key (set the variable); each keeps its own checkpoint file.

const dataDir = () => path.resolve(process.env.KOVABLIK_DATA_DIR ?? ".data");

let cachedKey: { source: string; key: Buffer } | undefined;

/** The audit key; generated into the data directory (owner-only) on first use when not configured. */
export function auditKey(): Buffer {
  const configured = process.env.KOVABLIK_AUDIT_KEY;
  const source = configured ? "env" : auditKeyFile();
  if (cachedKey?.source === source) return cachedKey.key;
  let raw: string;
  if (configured) {
    if (configured.length < 32) throw new Error("KOVABLIK_AUDIT_KEY harus minimal 32 karakter.");
    raw = configured;
  } else {
    if (!fs.existsSync(source)) {
      fs.mkdirSync(path.dirname(source), { recursive: true, mode: 0o700 });
      try {
        fs.writeFileSync(source, crypto.randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
      } catch (e) {
        // Another process created it first: use theirs.
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
    raw = fs.readFileSync(source, "utf8").trim();
  }
  cachedKey = { source, key: deriveAuditKey(raw) };
  return cachedKey.key;
}

/** The HMAC key made from the configured or generated secret (the backup compares keys by its hash). */
export function deriveAuditKey(raw: string): Buffer {
  return crypto.createHash("sha256").update(`kovablik-audit\n${raw}`).digest();
}

/** Where the generated key lives when KOVABLIK_AUDIT_KEY is not set. */
export function auditKeyFile(): string {
  return path.join(dataDir(), "audit-key");
}

export type Checkpoint = {
  seq: string;
  hash: string;
  at: string;
  /** Only on the first line: entries up to this seq predate the key and are plain sha256. */
  legacyUntil?: string;
};

export function checkpointFile(): string {
  return process.env.KOVABLIK_AUDIT_CHECKPOINTS
    ? path.resolve(process.env.KOVABLIK_AUDIT_CHECKPOINTS)
    : path.join(dataDir(), "audit-checkpoints.jsonl");
}

/** Every checkpoint in the file, oldest first; lines that do not parse are skipped (and reported). */
export function readCheckpoints(file = checkpointFile()): { checkpoints: Checkpoint[]; unreadable: number } {
  if (!fs.existsSync(file)) return { checkpoints: [], unreadable: 0 };
  const checkpoints: Checkpoint[] = [];
  let unreadable = 0;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line) as Checkpoint;
      if (/^\d+$/.test(c.seq) && typeof c.hash === "string") checkpoints.push(c);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { checkpoints, unreadable };
}

/** Appends one line; the file is only ever appended to (open it append-only at the OS level if you can). */
export function appendCheckpoint(c: Checkpoint, file = checkpointFile()) {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.appendFileSync(file, `${JSON.stringify(c)}\n`, { mode: 0o600 });
}

function readSlice(file: string, fromEnd: boolean, size = 64 * 1024): string {
  const fd = fs.openSync(file, "r");
  try {
    const length = fs.fstatSync(fd).size;
    const n = Math.min(size, length);
    const buf = Buffer.alloc(n);
    fs.readSync(fd, buf, 0, n, fromEnd ? length - n : 0);
    return buf.toString("utf8");
  } finally {
    fs.closeSync(fd);
  }
}

function parseLine(line: string | undefined): Checkpoint | null {
  if (!line?.trim()) return null;
  try {
    const c = JSON.parse(line) as Checkpoint;
    return /^\d+$/.test(c.seq) && typeof c.hash === "string" ? c : null;
  } catch {
    return null;
  }
}

/** The first and the last checkpoint, read without loading the whole file. */
export function checkpointEnds(file = checkpointFile()): { first: Checkpoint | null; last: Checkpoint | null } {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return { first: null, last: null };
  const first = parseLine(readSlice(file, false).split("\n")[0]);
  const last = parseLine(readSlice(file, true).trimEnd().split("\n").at(-1));
  return { first, last };
}
