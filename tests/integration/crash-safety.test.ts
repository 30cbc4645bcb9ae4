// Issue 13 item 3 (the submission): a server killed in the middle of submitting proposals to the province
// leaves each one either submitted — status, version, history event, audit entry and mail all there — or
// untouched, and never more submitted than the institution's quota. Two processes submit the same
// institution's proposals through the same service as the server action (tests/helpers/submit-child.ts) and
// are killed with SIGKILL at random moments, many times; after each kill the invariants are checked. The same
// for a judge submitting score sheets (below). Parent and child helpers: tests/helpers/submit-{parent,child}.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";
import { killRounds, submitter } from "../helpers/submit-parent";

const ADMINLOKAL = "user-adminlokal-kabmalang";
const PROPOSALS = 40;
const QUOTA = 25;
const KILLS = 5;

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
    const pending = async () =>
      (
        await db.prisma.proposal.findMany({
          where: { id: { in: ids }, status: "WITH_UNIT_ADMIN" },
          select: { id: true },
        })
      ).map((p) => p.id);
    // Two servers at once, on the same proposals in different orders: the quota and the double click race too.
    const spawnOne = () => submitter(db.url, ["proposal", ADMINLOKAL]);
    const midSubmission = await killRounds({ rounds: KILLS, spawn: spawnOne, pending, check: checkInvariants });
    // Most kills land inside a submission (the child does nothing else), so the test does test something.
    expect(midSubmission).toBeGreaterThanOrEqual(KILLS / 2);

    // A server that is left to finish uses the quota exactly, and refuses the rest.
    const last = spawnOne();
    await last.ready;
    last.start(await pending());
    await last.exited;
    expect(last.lines).toContain("finished");
    expect(await checkInvariants()).toBe(QUOTA);
  });
});

// The same for a judge's score sheets (lib/judging/scores.ts `submitSheet`): one transaction holds the
// compare-and-set on state and version, the weighted total, submittedAt and the audit entry. After each kill
// every sheet is wholly submitted or still the draft it was, its scores untouched either way.
const JUDGE = "user-juri";
const SHEETS = 30;
const DAY = 24 * 60 * 60 * 1000;

describe("killing the server in the middle of a judge's score-sheet submits", () => {
  let roundId: string;
  let criteria: number;
  const sheetIds: string[] = [];

  beforeAll(async () => {
    const round = await db.prisma.round.update({
      where: { editionId_order: { editionId: DEMO_EDITION.id, order: 1 } },
      data: { state: "OPEN", opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + 7 * DAY) },
      include: { criteria: true },
    });
    roundId = round.id;
    criteria = round.criteria.length;
    await db.prisma.judgeAppointment.upsert({
      where: { roundId_userId: { roundId, userId: JUDGE } },
      create: { roundId, userId: JUDGE, declarationSignedAt: new Date(Date.now() - DAY) },
      update: { declarationSignedAt: new Date(Date.now() - DAY) },
    });
    for (let i = 0; i < SHEETS; i++) {
      const p = await createProposal(db.prisma, {
        status: "SUBMITTED",
        content: "bare",
        title: `Dinilai tahan mati ${i}`,
      });
      await db.prisma.roundEntry.create({ data: { roundId, proposalId: p.id } });
      const a = await db.prisma.assignment.create({ data: { roundId, proposalId: p.id, judgeId: JUDGE } });
      const sheet = await db.prisma.scoreSheet.create({
        data: {
          assignmentId: a.id,
          scores: { create: round.criteria.map((c) => ({ criterionId: c.id, value: c.scaleMax, comment: "Baik" })) },
        },
      });
      sheetIds.push(sheet.id);
    }
  });

  async function sheetInvariants(tx: Tx) {
    const sheets = await tx.scoreSheet.findMany({
      where: { id: { in: sheetIds } },
      select: {
        id: true,
        state: true,
        version: true,
        submittedAt: true,
        weightedTotal: true,
        _count: { select: { scores: true } },
      },
    });
    expect(sheets).toHaveLength(SHEETS);
    const audits = await tx.auditEntry.groupBy({
      by: ["entityId"],
      where: { entityId: { in: sheetIds }, action: "score-sheet.submit" },
      _count: true,
    });
    const auditsOf = new Map(audits.map((a) => [a.entityId, a._count]));
    for (const s of sheets) {
      const seen = {
        state: s.state,
        version: s.version,
        submittedAt: s.submittedAt !== null,
        weightedTotal: s.weightedTotal !== null,
        scores: s._count.scores,
        audits: auditsOf.get(s.id) ?? 0,
      };
      const done = {
        state: "SUBMITTED",
        version: 2,
        submittedAt: true,
        weightedTotal: true,
        scores: criteria,
        audits: 1,
      };
      const untouched = {
        state: "DRAFT",
        version: 1,
        submittedAt: false,
        weightedTotal: false,
        scores: criteria,
        audits: 0,
      };
      expect([done, untouched], `${s.id}: ${JSON.stringify(seen)}`).toContainEqual(seen);
    }
    expect(await verifyAuditChain(tx)).toMatchObject({ ok: true });
    return sheets.filter((s) => s.state === "SUBMITTED").length;
  }
  const checkSheets = () =>
    db.prisma.$transaction((tx) => sheetInvariants(tx), { isolationLevel: "RepeatableRead", timeout: 60_000 });

  it("leaves every sheet submitted or still a draft, never in between", { timeout: 300_000 }, async () => {
    const pending = async () =>
      (
        await db.prisma.assignment.findMany({
          where: { roundId, judgeId: JUDGE, sheet: { state: "DRAFT" } },
          select: { proposalId: true },
        })
      ).map((a) => a.proposalId);
    // Two tabs (or servers) submitting the same sheets: only one submit of each may land.
    const spawnOne = () => submitter(db.url, ["score-sheet", JUDGE, roundId]);
    const midSubmission = await killRounds({ rounds: KILLS, spawn: spawnOne, pending, check: checkSheets });
    expect(midSubmission).toBeGreaterThanOrEqual(KILLS / 2);

    const last = spawnOne();
    await last.ready;
    last.start(await pending());
    await last.exited;
    expect(last.lines).toContain("finished");
    expect(last.lines.filter((l) => l.startsWith("refused "))).toEqual([]);
    expect(await checkSheets()).toBe(SHEETS);
  });
});
