// Owner-only files: `.data/` holds the database, uploaded files and secrets, so no other OS account may read
// or even traverse it. Used by the launcher, the scripts and the app; must not import server-only.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const isPosix = process.platform !== "win32";

/** Creates the directory owner-only (0700), tightening it if it already exists. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (isPosix) fs.chmodSync(dir, 0o700);
}

/**
 * Like ensurePrivateDir, for a directory in a place others can write to (the temporary directory): refuses
 * one that someone else created first or that is a symbolic link.
 */
export function ensureOwnedPrivateDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
  if (!isPosix) return;
  const st = fs.lstatSync(dir);
  if (!st.isDirectory() || st.uid !== process.getuid!()) {
    throw new Error(
      `Direktori ${dir} bukan milik akun ini; hapus atau set KOVABLIK_DATA_DIR ke jalur yang lebih pendek.`,
    );
  }
  fs.chmodSync(dir, 0o700);
}

/**
 * Removes group and other permissions from everything below `root` (a `.data/` created before this rule,
 * or files copied in). Never follows symbolic links.
 */
export function lockDownTree(root: string): void {
  if (!isPosix || !fs.existsSync(root)) return;
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) return;
    if ((st.mode & 0o077) !== 0) fs.chmodSync(p, st.mode & 0o7700);
    if (st.isDirectory()) for (const entry of fs.readdirSync(p)) walk(path.join(p, entry));
  };
  walk(root);
}

/** Writes `content` to a new owner-only file (0600); false when the file already exists. */
export function createPrivateFile(file: string, content: string): boolean {
  try {
    fs.writeFileSync(file, content, { flag: "wx", mode: 0o600 });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/** A random secret kept in an owner-only file, generated on first use and stable afterwards. */
export function privateSecret(file: string, bytes = 32): string {
  ensurePrivateDir(path.dirname(file));
  createPrivateFile(file, crypto.randomBytes(bytes).toString("base64url"));
  if (isPosix) fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, "utf8").trim();
}
