// The app processes behind `npm start`: one `next start` per core on a PostgreSQL server, sharing the one port
// through Node's `cluster` (the launcher accepts connections and hands each to a worker in turn), so a burst
// of autosaves is served by every core instead of queueing behind one event loop. The embedded database runs
// every statement one at a time in the launcher's own process, so more app processes would only queue there:
// it gets one. KOVABLIK_WEB_WORKERS overrides the count. See docs/decisions/020-app-workers.md.
import cluster, { type Worker } from "node:cluster";
import os from "node:os";

export const KEEP_ALIVE_MS = 65_000;

/** How many app processes to run: KOVABLIK_WEB_WORKERS, else one per core on a server database, one embedded. */
export function workerCount(embedded: boolean, env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.KOVABLIK_WEB_WORKERS);
  if (Number.isInteger(configured) && configured >= 1) return configured;
  return embedded ? 1 : Math.max(1, os.availableParallelism());
}

/**
 * Starts `count` workers running `next start -p <port>` with `env`; a worker that dies unasked is replaced
 * (after a pause if it died at once, so a broken build does not spin). `onAllExited` runs once after `stop()`
 * when every worker is gone, or when the first worker fails during start-up (the refusals of
 * lib/server-start.ts exit with code 1 before serving: the launcher stops with them).
 */
export function startWorkers(options: {
  nextBin: string;
  port: number;
  count: number;
  env: NodeJS.ProcessEnv;
  onAllExited: (code: number) => void;
}): { stop: () => void } {
  cluster.setupPrimary({
    exec: options.nextBin,
    // Idle keep-alive connections stay open longer than a load balancer's or nginx's own idle timeout (60 s):
    // Node's default of 5 s closes them under the proxy's feet, which it reports as a failed request.
    args: ["start", "-p", String(options.port), "--keepAliveTimeout", String(KEEP_ALIVE_MS)],
    // Not the launcher's own loader flags (tsx): the workers run Next's plain JavaScript.
    execArgv: [],
  });
  const live = new Set<Worker>();
  let stopping = false;
  let anyListening = false;
  let exitCode = 0;
  const fork = (): Worker => {
    const startedAt = Date.now();
    const worker = cluster.fork(options.env);
    live.add(worker);
    worker.on("listening", () => (anyListening = true));
    worker.on("exit", (code) => {
      live.delete(worker);
      if (!stopping && !anyListening) {
        // Refused to start (a check of lib/server-start.ts, a missing build): the others would too.
        stopping = true;
        exitCode = code || 1;
        for (const w of live) w.kill("SIGTERM");
      }
      if (stopping) {
        if (live.size === 0) options.onAllExited(exitCode);
        return;
      }
      console.error(`✖ Proses aplikasi ${worker.process.pid} berhenti (kode ${code}); diganti.`);
      setTimeout(fork, Date.now() - startedAt < 10_000 ? 5000 : 0);
    });
    return worker;
  };
  for (let i = 0; i < options.count; i++) fork();
  return {
    stop: () => {
      if (stopping) return;
      stopping = true;
      if (live.size === 0) options.onAllExited(exitCode);
      for (const w of live) w.kill("SIGTERM");
    },
  };
}
