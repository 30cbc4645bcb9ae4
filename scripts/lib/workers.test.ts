import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startWorkers, workerCount } from "./workers";

describe("workerCount", () => {
  it("is one per core on a server database, one embedded, or what KOVABLIK_WEB_WORKERS says", () => {
    expect(workerCount(false, {})).toBe(os.availableParallelism());
    expect(workerCount(true, {})).toBe(1);
    expect(workerCount(false, { KOVABLIK_WEB_WORKERS: "3" })).toBe(3);
    expect(workerCount(true, { KOVABLIK_WEB_WORKERS: "2" })).toBe(2);
    expect(workerCount(false, { KOVABLIK_WEB_WORKERS: "zero" })).toBe(os.availableParallelism());
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

// Stand-ins for `next start -p <port>`: the same arguments, a server that names its process.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-workers-"));
const serving = path.join(dir, "serving.cjs");
fs.writeFileSync(
  serving,
  `require("node:http").createServer((q, s) => s.end(String(process.pid))).listen(Number(process.argv[4]));`,
);
const refusing = path.join(dir, "refusing.cjs");
fs.writeFileSync(refusing, `console.error("refused"); process.exit(1);`);

describe("startWorkers", () => {
  it("serves one port from several processes and stops them all", async () => {
    const port = await freePort();
    let exited: number | null = null;
    const { stop } = startWorkers({
      nextBin: serving,
      port,
      count: 2,
      env: process.env,
      onAllExited: (code) => (exited = code),
    });
    const pids = new Set<string>();
    for (let i = 0; i < 100 && pids.size < 2; i++) {
      const body = await fetch(`http://127.0.0.1:${port}/`, { headers: { connection: "close" } }).then(
        (r) => r.text(),
        () => null,
      );
      if (body) pids.add(body);
      else await new Promise((r) => setTimeout(r, 100));
    }
    expect(pids.size).toBe(2);
    stop();
    for (let i = 0; i < 100 && exited === null; i++) await new Promise((r) => setTimeout(r, 50));
    expect(exited).toBe(0);
  });

  it("stops with the workers' code when they refuse to start", async () => {
    let exited: number | null = null;
    startWorkers({
      nextBin: refusing,
      port: await freePort(),
      count: 2,
      env: process.env,
      onAllExited: (c) => (exited = c),
    });
    for (let i = 0; i < 100 && exited === null; i++) await new Promise((r) => setTimeout(r, 50));
    expect(exited).toBe(1);
  });
});
