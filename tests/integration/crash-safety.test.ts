// Issue 13 item 3 (the submission): a server killed in the middle of submitting proposals to the province
// leaves each one either submitted — status, version, history event, audit entry and mail all there — or
// untouched, and never more submitted than the institution's quota. Two processes submit the same
// institution's proposals through the same service as the server action (tests/helpers/submit-child.ts) and
// are killed with SIGKILL at random moments, many times; after each kill the invariants are checked.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

const ADMINLOKAL = "user-adminlokal-kabmalang";
const PROPOSALS = 40;
const QUOTA = 25;
const KILLS = 5;
const ROOT = path.resolve(import.meta.dirname, "../..");

type Tx = Prisma.TransactionClient;

let db: TestDatabase;
const ids: string[] = [];

beforeAll(async () => {
  db = await appDatabase();
  await db.prisma.quota.upsert({
    where: { editionId_institutionId: { editionId: DEMO_EDITION.id, institutionId: UNIT_IDS.kabMalang } },
    create: { editionId: DEMO_EDITION.id, institutionId: UNIT_IDS.kabMalang, maxProposals: QUOTA },
    update: { maxProposals: QUOTA },
  });
  for (let i = 0; i < PROPOSALS; i++) {
    const p = await createProposal(db.prisma, { status: "WITH_UNIT_ADMIN", title: `Inovasi tahan mati ${i}` });
    ids.push(p.id);
  }
});
afterAll(async () => {
  await db?.close();
});

type Child = {
  proc: ChildProcess;
  lines: string[];
  ready: Promise<void>;
  exited: Promise<void>;
  start: (ids: string[]) => void;
};

/** A loaded submitter waiting for its proposal ids (loading takes seconds; the next pair loads meanwhile). */
function submitter(): Child {
  // Node itself with tsx as a loader: the tsx command would run the script in a grandchild that SIGKILL misses.
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "tests/helpers/submit-child.ts", ADMINLOKAL],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: db.url, KOVABLIK_LOG_LEVEL: "off" },
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

/** The proposal whose submission had begun, but not returned, when the process died. */
function inFlight(lines: string[]): string | null {
  const last = lines.filter((l) => /^(begin|done|refused) /.test(l)).at(-1);
  return last?.startsWith("begin ") ? last.slice(6) : null;
}

const shuffled = <T>(xs: T[]) =>
  xs
    .map((x) => [Math.random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

/**
 * Every proposal is wholly submitted or wholly untouched; the quota holds; the audit chain verifies. Read in
 * one snapshot: a killed client's COMMIT may still be landing on the server while we look.
 */
function checkInvariants() {
  return db.prisma.$transaction((tx) => invariantsIn(tx), { isolationLevel: "RepeatableRead", timeout: 60_000 });
}

async function invariantsIn(tx: Tx) {
  const proposals = await tx.proposal.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, status: true, version: true, submittedAt: true },
  });
  const events = await tx.proposalEvent.groupBy({
    by: ["proposalId"],
    where: { proposalId: { in: ids }, toStatus: "SUBMITTED" },
    _count: true,
  });
  const audits = await tx.auditEntry.groupBy({
    by: ["entityId"],
    where: { entityId: { in: ids }, action: "proposal.submitToProvince" },
    _count: true,
  });
  const eventsOf = new Map(events.map((e) => [e.proposalId, e._count]));
  const auditsOf = new Map(audits.map((a) => [a.entityId, a._count]));
  for (const p of proposals) {
    const mails = await tx.notification.count({ where: { subject: { endsWith: `: ${p.title}` } } });
    const seen = {
      status: p.status,
      version: p.version,
      submittedAt: p.submittedAt !== null,
      events: eventsOf.get(p.id) ?? 0,
      audits: auditsOf.get(p.id) ?? 0,
      mails: mails > 0,
    };
    const done = { status: "SUBMITTED", version: 2, submittedAt: true, events: 1, audits: 1, mails: true };
    const untouched = {
      status: "WITH_UNIT_ADMIN",
      version: 1,
      submittedAt: false,
      events: 0,
      audits: 0,
      mails: false,
    };
    expect([done, untouched], `${p.title}: ${JSON.stringify(seen)}`).toContainEqual(seen);
  }
  const submitted = proposals.filter((p) => p.status === "SUBMITTED").length;
  expect(submitted).toBeLessThanOrEqual(QUOTA);
  expect(await verifyAuditChain(tx)).toMatchObject({ ok: true });
  return submitted;
}

describe("killing the server in the middle of submissions", () => {
  it("leaves every submission done or not started, and never past the quota", { timeout: 300_000 }, async () => {
    let midSubmission = 0;
    const pending = async () =>
      (
        await db.prisma.proposal.findMany({
          where: { id: { in: ids }, status: "WITH_UNIT_ADMIN" },
          select: { id: true },
        })
      ).map((p) => p.id);
    // Two servers at once, on the same proposals in different orders: the quota and the double click race too.
    let next = [submitter(), submitter()];
    for (let round = 0; round < KILLS; round++) {
      const children = next;
      await Promise.all(children.map((c) => c.ready));
      const left = await pending();
      for (const c of children) c.start(shuffled(left));
      next = round + 1 < KILLS ? [submitter(), submitter()] : [];
      await Promise.all(
        children.map(async (c) => {
          await new Promise((r) => setTimeout(r, 20 + Math.random() * 150));
          c.proc.kill("SIGKILL");
          await c.exited;
          if (inFlight(c.lines)) midSubmission++;
        }),
      );
      await checkInvariants();
    }
    // Most kills land inside a submission (the child does nothing else), so the test does test something.
    expect(midSubmission).toBeGreaterThanOrEqual(KILLS / 2);

    // A server that is left to finish uses the quota exactly, and refuses the rest.
    const last = submitter();
    await last.ready;
    last.start(await pending());
    await last.exited;
    expect(last.lines).toContain("finished");
    expect(await checkInvariants()).toBe(QUOTA);
  });
});
