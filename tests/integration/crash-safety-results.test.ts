// Issue 12 with issue 13 item 3: a server killed in the middle of confirming results leaves each version either
// confirmed — date, confirming admin, minutes key (the file there), exactly one audit entry — or still a draft
// with none of these. Two processes confirm the same drafts in different orders through the service the route
// handler calls (tests/helpers/confirm-child.ts) and are killed with SIGKILL at random moments, many times.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

const ADMIN = "user-admin";
const DRAFTS = 30;
const LINES = 60;
const KILLS = 5;
const ROOT = path.resolve(import.meta.dirname, "../..");

let db: TestDatabase;
let filesDir: string;
const ids: string[] = [];

beforeAll(async () => {
  db = await appDatabase();
  filesDir = fs.mkdtempSync(path.join(os.tmpdir(), "kovablik-hasil-"));
  const proposals = [];
  for (let i = 0; i < LINES; i++)
    proposals.push((await createProposal(db.prisma, { status: "PASSED", content: "bare" })).id);
  for (let i = 0; i < DRAFTS; i++) {
    const edition = await db.prisma.edition.create({ data: { year: 2100 - DRAFTS + i, theme: "Uji mati mendadak" } });
    const r = await db.prisma.result.create({ data: { editionId: edition.id, version: 1 } });
    await db.prisma.resultLine.createMany({
      data: proposals.map((proposalId, rank) => ({
        resultId: r.id,
        proposalId,
        rank: rank + 1,
        finalScore: 90 - rank / 2,
        tier: rank < 10 ? ("TOP_N" as const) : ("PARTICIPANT" as const),
        certificateCode: rank < 10 ? `U${String(i).padStart(3, "0")}-${String(rank).padStart(4, "0")}-XXXX` : null,
      })),
    });
    ids.push(r.id);
  }
});
afterAll(async () => {
  await db?.close();
  if (filesDir) fs.rmSync(filesDir, { recursive: true, force: true });
});

type Child = {
  proc: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  exited: Promise<void>;
  start: (ids: string[]) => void;
};

function confirmer(): Child {
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "tests/helpers/confirm-child.ts", ADMIN],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, KOVABLIK_DATA_DIR: filesDir, KOVABLIK_LOG_LEVEL: "off" },
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
      markReady();
      if (signal === "SIGKILL" || code === 0) resolve();
      else reject(new Error(`confirmer exited with ${code}: ${stderr}`));
    }),
  );
  return { proc, lines, ready, exited, start: (xs) => proc.stdin!.end(`${xs.join(" ")}\n`) };
}

const inFlight = (lines: string[]) =>
  lines
    .filter((l) => /^(begin|done|refused) /.test(l))
    .at(-1)
    ?.startsWith("begin ");

const shuffled = <T>(xs: T[]) =>
  xs
    .map((x) => [Math.random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

/** Every version wholly confirmed or wholly a draft; read in one snapshot while a killed COMMIT may still land. */
function checkInvariants() {
  return db.prisma.$transaction((tx) => invariantsIn(tx), { isolationLevel: "RepeatableRead", timeout: 60_000 });
}

async function invariantsIn(tx: Prisma.TransactionClient) {
  const results = await tx.result.findMany({
    where: { id: { in: ids } },
    select: { id: true, confirmedAt: true, confirmedById: true, minutesKey: true, _count: { select: { lines: true } } },
  });
  const audits = await tx.auditEntry.groupBy({
    by: ["entityId"],
    where: { entityId: { in: ids }, action: "result.confirm" },
    _count: true,
  });
  const auditsOf = new Map(audits.map((a) => [a.entityId, a._count]));
  let confirmed = 0;
  for (const r of results) {
    const seen = {
      confirmedAt: r.confirmedAt !== null,
      by: r.confirmedById,
      minutes: r.minutesKey !== null && fs.existsSync(path.join(filesDir, "files", r.minutesKey)),
      audits: auditsOf.get(r.id) ?? 0,
      lines: r._count.lines,
    };
    const done = { confirmedAt: true, by: ADMIN, minutes: true, audits: 1, lines: LINES };
    const untouched = { confirmedAt: false, by: null, minutes: false, audits: 0, lines: LINES };
    expect([done, untouched], `${r.id}: ${JSON.stringify(seen)}`).toContainEqual(seen);
    if (seen.confirmedAt) confirmed++;
  }
  expect(await verifyAuditChain(tx)).toMatchObject({ ok: true });
  return confirmed;
}

describe("killing the server in the middle of result confirmations", () => {
  it(
    "leaves every version confirmed with its minutes and audit entry, or still a draft",
    { timeout: 300_000 },
    async () => {
      let midConfirmation = 0;
      const drafts = async () =>
        (await db.prisma.result.findMany({ where: { id: { in: ids }, confirmedAt: null }, select: { id: true } })).map(
          (r) => r.id,
        );
      let next = [confirmer(), confirmer()];
      for (let round = 0; round < KILLS; round++) {
        const children = next;
        await Promise.all(children.map((c) => c.ready));
        const left = await drafts();
        for (const c of children) c.start(shuffled(left));
        next = round + 1 < KILLS ? [confirmer(), confirmer()] : [];
        await Promise.all(
          children.map(async (c) => {
            await new Promise((r) => setTimeout(r, 20 + Math.random() * 150));
            c.proc.kill("SIGKILL");
            await c.exited;
            if (inFlight(c.lines)) midConfirmation++;
          }),
        );
        await checkInvariants();
      }
      expect(midConfirmation).toBeGreaterThanOrEqual(KILLS / 2);

      // Left to finish, a server confirms the rest; a second confirmation of the same version is refused.
      const last = confirmer();
      await last.ready;
      last.start(await drafts());
      await last.exited;
      expect(last.lines).toContain("finished");
      expect(await checkInvariants()).toBe(DRAFTS);
    },
  );
});
