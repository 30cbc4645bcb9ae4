// The test's side of tests/helpers/submit-child.ts: starts a submitter process (loaded and waiting for its ids),
// collects what it says, and tells which submission it was inside when it was killed.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type Submitter = {
  proc: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  exited: Promise<void>;
  start: (ids: string[]) => void;
};

/**
 * `args`: the child's arguments (`proposal <actorId>`, `score-sheet <actorId> <roundId>`, `result <actorId>`);
 * `env`: more of the child's environment (e.g. the files directory the test inspects).
 */
export function submitter(databaseUrl: string, args: string[], env: Record<string, string> = {}): Submitter {
  // Node itself with tsx as a loader: the tsx command would run the script in a grandchild that SIGKILL misses.
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "tests/helpers/submit-child.ts", ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, DATABASE_URL: databaseUrl, KOVABLIK_LOG_LEVEL: "off" },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const lines: string[] = [];
  let stderr = "";
  let buffer = "";
  let markReady: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  proc.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (line === "ready") markReady();
    }
  });
  proc.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<void>((resolve, reject) =>
    proc.on("exit", (code, signal) => {
      markReady(); // a child that died before it was ready must not hang the test
      if (signal === "SIGKILL" || code === 0) resolve();
      else reject(new Error(`submitter exited with ${code}: ${stderr}`));
    }),
  );
  const start = (ids: string[]) => proc.stdin!.end(`${ids.join(" ")}\n`);
  return { proc, lines, ready, exited, start };
}

/** The id whose submission had begun, but not returned, when the process died. */
export function inFlight(lines: string[]): string | null {
  const last = lines.filter((l) => /^(begin|done|refused) /.test(l)).at(-1);
  return last?.startsWith("begin ") ? last.slice(6) : null;
}

export const shuffled = <T>(xs: T[]) =>
  xs
    .map((x) => [Math.random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

/**
 * Rounds of two submitters started on the pending ids in different orders (the double click and a second
 * server race too), each killed with SIGKILL after a short random delay; `check` runs after every round.
 * Returns how many kills landed inside a submission.
 */
export async function killRounds(options: {
  rounds: number;
  spawn: () => Submitter;
  pending: () => Promise<string[]>;
  check: () => Promise<unknown>;
}): Promise<number> {
  let midSubmission = 0;
  let next = [options.spawn(), options.spawn()];
  for (let round = 0; round < options.rounds; round++) {
    const children = next;
    await Promise.all(children.map((c) => c.ready));
    const left = await options.pending();
    for (const c of children) c.start(shuffled(left));
    // The next pair loads (seconds) while this one works.
    next = round + 1 < options.rounds ? [options.spawn(), options.spawn()] : [];
    await Promise.all(
      children.map(async (c) => {
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 150));
        c.proc.kill("SIGKILL");
        await c.exited;
        if (inFlight(c.lines)) midSubmission++;
      }),
    );
    await options.check();
  }
  return midSubmission;
}
