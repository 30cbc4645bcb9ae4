// npm run bench — every `bench:*` script of package.json, one after the other, against one durable PostgreSQL
// server, then docs/benchmarks/REPORT.md: what, figure, target, pass/fail, the machine and the date.
//
// The server: BENCH_DATABASE_URL (a PostgreSQL server the benchmarks may create and drop databases on; run it
// with fsync=on, as production does). Unset, this script starts a throwaway one from the machine's own
// PostgreSQL binaries (/usr/lib/postgresql/*/bin, like .ci/run) with fsync=on, and removes it afterwards.
// Each script prints one final line `BENCH_RESULT {"rows":[{what, figure, target, pass}]}`; a script that
// prints none, or fails, is a failing row of the report.
//
// Options: --only autosave,ranking (scripts by name) --out docs/benchmarks/REPORT.md --note "text"
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

type Row = { what: string; figure: string; target: string; pass: boolean };

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const OUT = path.resolve(opt("out", "docs/benchmarks/REPORT.md"));
const ONLY = opt("only", "")
  .split(",")
  .filter(Boolean)
  .map((s) => (s.startsWith("bench:") ? s : `bench:${s}`));
const NOTE = opt("note", process.env.BENCH_NOTE ?? "");
const GAPS = path.resolve("docs/benchmarks/out-of-reach.md");
const SETTLE_MS = 15_000;

// What the report run passes to a script beyond its defaults, to keep `npm run bench` under 15 minutes on a
// two-core machine. The scripts' own defaults are the full runs (README, Benchmarks).
const REPORT_ARGS: Record<string, string[]> = {
  // The server database only: the embedded one is for demos and tests and has no target (decision 001).
  "bench:autosave": ["--only", "server"],
};
// A script still running after this long is stopped and reported as failed.
const SCRIPT_TIMEOUT_MS = 12 * 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** A throwaway durable PostgreSQL server from the machine's binaries (as root: run as the postgres user). */
async function throwawayServer(): Promise<{ url: string; stop: () => void }> {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.map((v) => path.join(root, v, "bin")).findLast((b) => fs.existsSync(path.join(b, "initdb")));
  if (!bin) {
    throw new Error(
      "No BENCH_DATABASE_URL and no PostgreSQL on this machine. Install it (apt-get install postgresql) or set " +
        "BENCH_DATABASE_URL=postgresql://postgres@host:port/postgres for a server with fsync=on.",
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-bench-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) spawnSync("chown", ["postgres:postgres", dir]);
  const run = (cmd: string) => {
    const r = asRoot
      ? spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", `cd /tmp && ${cmd}`], { encoding: "utf8" })
      : spawnSync("/bin/sh", ["-c", cmd], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd}\n${r.stderr}`);
  };
  const port = await freePort();
  run(`'${bin}/initdb' -D '${dir}/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null`);
  run(
    `'${bin}/pg_ctl' -D '${dir}/data' -l '${dir}/server.log' -w -o "-p ${port} -k '${dir}' ` +
      `-c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=500" start >/dev/null`,
  );
  console.log(`• Server PostgreSQL sementara (fsync=on) di port ${port}`);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run(`'${bin}/pg_ctl' -D '${dir}/data' -m fast stop >/dev/null`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function serverFacts(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const show = async (name: string) => (await c.query(`SHOW ${name}`)).rows[0][name] as string;
    return {
      version: await show("server_version"),
      fsync: await show("fsync"),
      sync: await show("synchronous_commit"),
    };
  } finally {
    await c.end();
  }
}

/** Runs one script, its output passed through; returns its rows (or one failing row saying what went wrong). */
function runScript(name: string, env: NodeJS.ProcessEnv): Promise<{ rows: Row[]; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", name, "--", ...(REPORT_ARGS[name] ?? [])], {
      env,
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    });
    let last: string | null = null;
    let buffer = "";
    child.stdout!.on("data", (d: Buffer) => {
      process.stdout.write(d);
      buffer += d.toString("utf8");
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) if (line.startsWith("BENCH_RESULT ")) last = line.slice("BENCH_RESULT ".length);
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* gone */
      }
    }, SCRIPT_TIMEOUT_MS);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (buffer.startsWith("BENCH_RESULT ")) last = buffer.slice("BENCH_RESULT ".length);
      const seconds = Math.round((Date.now() - started) / 1000);
      const failed = (why: string): Row[] => [{ what: `${name}`, figure: why, target: "a result", pass: false }];
      if (!last) {
        const why = signal
          ? `stopped (${signal}${signal === "SIGTERM" ? ", over the time limit" : ""})`
          : `exit ${code}`;
        return resolve({ rows: failed(`no BENCH_RESULT line (${why})`), seconds });
      }
      try {
        const parsed = JSON.parse(last) as { rows: Row[] };
        resolve({ rows: parsed.rows, seconds });
      } catch {
        resolve({ rows: failed("unreadable BENCH_RESULT line"), seconds });
      }
    });
  });
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

async function main() {
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  const scripts = Object.keys(pkg.scripts)
    .filter((s) => s.startsWith("bench:"))
    .filter((s) => ONLY.length === 0 || ONLY.includes(s))
    .sort();
  const throwaway = process.env.BENCH_DATABASE_URL ? null : await throwawayServer();
  const url = process.env.BENCH_DATABASE_URL ?? throwaway!.url;
  const started = new Date();
  const load0 = os.loadavg()[0]!;
  const results: { script: string; rows: Row[]; seconds: number }[] = [];
  try {
    const facts = await serverFacts(url);
    // The scripts read BENCH_DATABASE_URL first; TEST_DATABASE_URL (the fsync=off test server) must not win.
    const env = { ...process.env, BENCH_DATABASE_URL: url, TEST_DATABASE_URL: url };
    for (const [i, script] of scripts.entries()) {
      // The previous script's app processes are still stopping for a few seconds after it returns, and the
      // ratio of the next one (measured on the same two cores) would pay for them.
      if (i > 0) await new Promise((r) => setTimeout(r, SETTLE_MS));
      console.log(`\n━━ ${script} ${(REPORT_ARGS[script] ?? []).join(" ")}`);
      results.push({ script, ...(await runScript(script, env)) });
    }
    const total = Math.round((Date.now() - started.getTime()) / 1000);
    const load1 = os.loadavg()[0]!;
    const cpus = os.cpus();
    const rows = results.flatMap((r) => r.rows.map((row) => ({ script: r.script, ...row })));
    const failing = rows.filter((r) => !r.pass);
    const md = [
      "# Benchmark report",
      "",
      `Written by \`npm run bench\` (tests/bench/report.ts) on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC; ` +
        `${scripts.length} scripts in ${Math.floor(total / 60)} min ${total % 60} s. ` +
        (failing.length ? `**${failing.length} failing row(s).**` : "Every row passes."),
      "",
      "| Script | What | Figure | Target | Pass |",
      "|---|---|---|---|---|",
      ...rows.map(
        (r) =>
          `| ${r.script} | ${cell(r.what)} | ${cell(r.figure)} | ${cell(r.target)} | ${r.pass ? "pass" : "**FAIL**"} |`,
      ),
      "",
      // Why a failing target is out of reach, kept by hand beside the report (docs/benchmarks/out-of-reach.md).
      ...(failing.length && fs.existsSync(GAPS)
        ? ["## Targets out of reach", "", fs.readFileSync(GAPS, "utf8").trim(), ""]
        : []),
      "## Machine",
      "",
      `- CPU: ${cpus.length} × ${cpus[0]?.model.trim() ?? "?"}`,
      `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
      `- Node.js ${process.version}, ${os.type()} ${os.release()}`,
      `- PostgreSQL ${facts.version}: fsync=${facts.fsync}, synchronous_commit=${facts.sync} ` +
        `(${throwaway ? "a throwaway server started by the report" : "BENCH_DATABASE_URL"}), on the same machine`,
      `- Load average (1 min) at start / end: ${load0.toFixed(1)} / ${load1.toFixed(1)}` +
        (Math.max(load0, load1) > cpus.length ? " — the machine was busy with other work during the run" : ""),
      ...(NOTE ? [`- Note: ${NOTE}`] : []),
      "",
      "Per script: " + results.map((r) => `${r.script} ${r.seconds} s`).join(", ") + ".",
      ...(Object.keys(REPORT_ARGS).length
        ? [
            "Options of the report run beyond each script's defaults: " +
              Object.entries(REPORT_ARGS)
                .map(([s, a]) => `${s} \`${a.join(" ")}\``)
                .join(", ") +
              ".",
          ]
        : []),
      "",
    ].join("\n");
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, md);
    console.log(`\n${md}\n• Ditulis: ${path.relative(process.cwd(), OUT)}`);
    process.exitCode = failing.length ? 1 : 0;
  } finally {
    throwaway?.stop();
  }
}

main().catch((e: unknown) => {
  console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
