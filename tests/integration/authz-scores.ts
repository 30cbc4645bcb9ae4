// The judge's score sheet in the authorisation matrix (issue 10 item 5): fixtures and entries, kept apart
// from authz-matrix.ts so that the judging work of several people merges without stepping on each other.
//
// In the base database the desk round (round 1 of the demo edition) is open for a month; the demo judge
// ("judge") signed its declaration and holds: an entry with a complete draft sheet (the sample, a Kepanjen
// proposal so that its file is also the file route's sample), an entry whose sheet is submitted, an entry
// they conflict with, and a withdrawn assignment. A second judge holds an entry of their own, with a
// submitted sheet (the admin's reopen sample) that the demo judge must never reach.
import { Readable } from "node:stream";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fileStorage } from "@/lib/storage";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import type { ActionCase, Principal } from "./authz-matrix";

export type ScoreFixtures = {
  roundId: string;
  criterionIds: string[];
  /** The demo judge's entries: with a draft sheet (version 1, every criterion scored), with a submitted sheet, conflicted, withdrawn. */
  draft: { proposalId: string; attachmentId: string };
  submitted: { proposalId: string; sheetId: string; attachmentId: string };
  conflicted: { proposalId: string; attachmentId: string };
  removed: { proposalId: string; attachmentId: string };
  /** Another judge's entry and submitted sheet. */
  otherJudge: { proposalId: string; sheetId: string; attachmentId: string };
};

const DAY = 86_400_000;
const OTHER_JUDGE = "user-juri-matriks";

export async function prepareScoreFixtures(db: PrismaClient): Promise<ScoreFixtures> {
  const now = Date.now();
  const round = await db.round.findFirstOrThrow({
    where: { editionId: DEMO_EDITION.id, order: 1 },
    select: { id: true, criteria: { select: { id: true, scaleMax: true }, orderBy: { order: "asc" } } },
  });
  await db.round.update({
    where: { id: round.id },
    data: { state: "OPEN", opensAt: new Date(now - DAY), closesAt: new Date(now + 30 * DAY) },
  });
  await db.user.create({
    data: {
      id: OTHER_JUDGE,
      email: "juri.matriks@kovablik.test",
      name: "Juri Matriks",
      status: "ACTIVE",
      judgeProfile: { create: {} },
    },
  });
  for (const userId of ["user-juri", OTHER_JUDGE]) {
    // The assignment fixtures (authz-matrix.ts) may have appointed the demo judge already.
    await db.judgeAppointment.upsert({
      where: { roundId_userId: { roundId: round.id, userId } },
      create: { roundId: round.id, userId, declarationSignedAt: new Date(now - DAY) },
      update: { declarationSignedAt: new Date(now - DAY) },
    });
  }
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  let n = 0;
  /** A proposal past the administrative check, in the round, with one real file. */
  const entry = async (unitId: string, institutionId: string) => {
    const title = `Inovasi penjurian matriks ${++n}`;
    const innovation = await db.innovation.create({ data: { unitId, name: title } });
    const p = await db.proposal.create({
      data: {
        editionId: DEMO_EDITION.id,
        innovationId: innovation.id,
        unitId,
        institutionId,
        title,
        status: "PASSED",
        implementationStartedOn: new Date("2024-01-15"),
      },
    });
    await db.roundEntry.create({ data: { roundId: round.id, proposalId: p.id } });
    const storageKey = `lampiran/matriks-juri-${p.id}`.toLowerCase();
    await fileStorage().put(storageKey, Readable.from([pdf]));
    const a = await db.attachment.create({
      data: {
        proposalId: p.id,
        kind: "SUPPORTING_DOCUMENT",
        fileName: "dokumen-juri.pdf",
        contentType: "application/pdf",
        sizeBytes: pdf.length,
        sha256: "0".repeat(64),
        storageKey,
      },
    });
    return { proposalId: p.id, attachmentId: a.id };
  };
  const sheet = async (proposalId: string, judgeId: string, state: "DRAFT" | "SUBMITTED") => {
    const a = await db.assignment.create({ data: { roundId: round.id, proposalId, judgeId } });
    const s = await db.scoreSheet.create({
      data: {
        assignmentId: a.id,
        state,
        submittedAt: state === "SUBMITTED" ? new Date(now - 3_600_000) : null,
        scores: { create: round.criteria.map((c) => ({ criterionId: c.id, value: c.scaleMax })) },
      },
    });
    return s.id;
  };
  // Outside both Malangs, so no admin lokal or operator of the matrix reads them; the sample stays in Kepanjen.
  const banyuwangi = () => entry(UNIT_IDS.kabBanyuwangi, UNIT_IDS.kabBanyuwangi);
  const draft = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang);
  await sheet(draft.proposalId, "user-juri", "DRAFT");
  const submitted = await banyuwangi();
  const submittedSheet = await sheet(submitted.proposalId, "user-juri", "SUBMITTED");
  const conflicted = await banyuwangi();
  await db.assignment.create({ data: { roundId: round.id, proposalId: conflicted.proposalId, judgeId: "user-juri" } });
  await db.conflict.create({
    data: {
      editionId: DEMO_EDITION.id,
      judgeId: "user-juri",
      proposalId: conflicted.proposalId,
      source: "DECLARED",
      reason: "Mengenal unit ini",
    },
  });
  const removed = await banyuwangi();
  await db.assignment.create({
    data: {
      roundId: round.id,
      proposalId: removed.proposalId,
      judgeId: "user-juri",
      state: "REMOVED",
      removedAt: new Date(now),
    },
  });
  const other = await banyuwangi();
  const otherSheet = await sheet(other.proposalId, OTHER_JUDGE, "SUBMITTED");
  return {
    roundId: round.id,
    criterionIds: round.criteria.map((c) => c.id),
    draft,
    submitted: { ...submitted, sheetId: submittedSheet },
    conflicted,
    removed,
    otherJudge: { ...other, sheetId: otherSheet },
  };
}

type F = { scores: ScoreFixtures };
const scoresFor = (f: F, value: number) =>
  f.scores.criterionIds.map((criterionId) => ({ criterionId, value, comment: "" }));
const save = (f: F, proposalId: string, baseVersion = 1) => ({
  roundId: f.scores.roundId,
  proposalId,
  baseVersion,
  scores: scoresFor(f, 6),
});
const JUDGE_ONLY: readonly Principal[] = ["judge"];

/** The entries a judge must never write to, by any crafted request. */
const notTheJudges = <T>(input: (f: F, proposalId: string) => T) =>
  [
    {
      principals: JUDGE_ONLY,
      what: "another judge's entry",
      input: (f: F) => input(f, f.scores.otherJudge.proposalId),
    },
    {
      principals: JUDGE_ONLY,
      what: "an entry they conflict with",
      input: (f: F) => input(f, f.scores.conflicted.proposalId),
    },
    { principals: JUDGE_ONLY, what: "a withdrawn assignment", input: (f: F) => input(f, f.scores.removed.proposalId) },
    {
      principals: JUDGE_ONLY,
      what: "their own submitted sheet",
      input: (f: F) => input(f, f.scores.submitted.proposalId),
    },
    {
      principals: JUDGE_ONLY,
      what: "a proposal not in the round",
      input: (f: F & { proposals: { kab: { draft: string } } }) => input(f, f.proposals.kab.draft),
    },
  ] as ActionCase["outOfScope"];

export const SCORE_ACTIONS: Record<string, ActionCase> = {
  "judging.save-scores": {
    allowed: JUDGE_ONLY,
    input: (f) => save(f as F, (f as F).scores.draft.proposalId),
    outOfScope: notTheJudges((f, proposalId) => save(f, proposalId)),
  },
  "judging.submit-sheet": {
    allowed: JUDGE_ONLY,
    input: (f) => ({ roundId: (f as F).scores.roundId, proposalId: (f as F).scores.draft.proposalId, version: 1 }),
    outOfScope: notTheJudges((f, proposalId) => ({ roundId: f.scores.roundId, proposalId, version: 1 })),
  },
  "judging.reopen-sheet": {
    allowed: ["admin"],
    input: (f) => ({
      sheetId: (f as F).scores.otherJudge.sheetId,
      reason: "Nilai dua kriteria tertukar saat pengisian.",
    }),
  },
};

/** The attachment route's cases for the judge: files of entries that are not theirs to read. */
export function judgeFileRefusals(request: (proposalId: string, attachmentId: string) => Request) {
  const file = (pick: (s: ScoreFixtures) => { proposalId: string; attachmentId: string }, what: string) => ({
    principals: JUDGE_ONLY,
    what,
    request: (f: F) => request(pick(f.scores).proposalId, pick(f.scores).attachmentId),
    params: (f: F) => ({ id: pick(f.scores).proposalId, attachmentId: pick(f.scores).attachmentId }),
  });
  return [
    file((s) => s.otherJudge, "a file of another judge's entry"),
    file((s) => s.conflicted, "a file of an entry they conflict with"),
    file((s) => s.removed, "a file of a withdrawn assignment"),
  ];
}
