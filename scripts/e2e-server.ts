// The server Playwright tests run against: a production build on a fresh database with the demo data —
// a new database on the server of TEST_DATABASE_URL (CI), or a fresh embedded one under .data/e2e.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { embeddedSocketDir, embeddedUrl } from "@/lib/db/config";
import { E2E_DATABASE_URL_FILE } from "../tests/e2e/whole-edition/clock";

async function main() {
  const port = process.env.E2E_PORT ?? "3210";
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: port, NEXTAUTH_URL: `http://127.0.0.1:${port}` };
  // The audit key and checkpoints of this throwaway database live apart from a developer's own .data, and a
  // previous run's checkpoints (of another database) must not be compared with this one.
  env.KOVABLIK_DATA_DIR = ".data/e2e";
  fs.rmSync(".data/e2e/audit-checkpoints.jsonl", { force: true });
  // A configured helpdesk, so the public pages show contact lines as a deployment would (tests/e2e/public-help.spec.ts).
  env.KOVABLIK_HELPDESK_EMAIL ??= "helpdesk@kovablik.test";
  env.KOVABLIK_HELPDESK_WHATSAPP ??= "0812-0000-2027";
  // Data the specs need beyond the demo seed (tests/e2e/fixtures/scenarios.ts).
  env.KOVABLIK_E2E_SCENARIOS = "1";
  // One JSON line per request would bury the test report; warnings and errors still show.
  env.KOVABLIK_LOG_LEVEL ??= "warn";
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `kovablik_e2e_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    env.KOVABLIK_SEED_DEMO = "1";
    // A throwaway database the tests sign in to with the demo accounts: the one place they may be active.
    env.KOVABLIK_ALLOW_DEMO = "1";
    // Its public address is 127.0.0.1 on purpose: nobody outside this machine reads its mail.
    env.KOVABLIK_ALLOW_LOCAL_LINKS = "1";
  } else {
    delete env.DATABASE_URL;
  }
  // Where this run's database is, for the one test helper that must move time (tests/e2e/whole-edition/clock.ts):
  // the random database name above, or the embedded one's socket. Outside .data/e2e, which --fresh empties.
  fs.mkdirSync(".data", { recursive: true, mode: 0o700 });
  fs.writeFileSync(
    E2E_DATABASE_URL_FILE,
    env.DATABASE_URL ?? embeddedUrl(embeddedSocketDir(path.resolve(".data/e2e"))),
    { mode: 0o600 },
  );
  const child = spawn("npx", ["tsx", "scripts/start.ts", "--fresh"], { stdio: "inherit", env });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
