// Issue 12 with issue 13 item 3: a server killed in the middle of confirming results leaves each version either
// confirmed — date, confirming admin, minutes key (the file there), exactly one audit entry — or still a draft
// with none of these. Two processes confirm the same drafts in different orders through the service the route
// handler calls (tests/helpers/submit-child.ts, kind `result`) and are killed with SIGKILL at random moments, many times.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";
import { killRounds, submitter } from "../helpers/submit-parent";

const ADMIN = "user-admin";
const DRAFTS = 30;
const LINES = 60;
const KILLS = 5;

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

const confirmer = () => submitter(db.url, ["result", ADMIN], { KOVABLIK_DATA_DIR: filesDir });

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
      const drafts = async () =>
        (await db.prisma.result.findMany({ where: { id: { in: ids }, confirmedAt: null }, select: { id: true } })).map(
          (r) => r.id,
        );
      const midConfirmation = await killRounds({
        rounds: KILLS,
        spawn: confirmer,
        pending: drafts,
        check: checkInvariants,
      });
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
