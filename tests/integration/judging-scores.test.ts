// The judge's desk and score sheet (issue 10 item 5), against real PostgreSQL. Rounds, criteria,
// appointments, conflicts and assignments are set up directly with Prisma: their own screens are other work.
import { Readable } from "node:stream";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadActor, runAs } from "@/lib/auth/session";
import { reopenSheetAction, saveScoresAction, submitSheetAction } from "@/lib/judging/score-actions";
import { getDesk, getScoringSheet } from "@/lib/judging/score-queries";
import type { ScoreEntry } from "@/lib/judging/score-schemas";
import { openAttachment } from "@/lib/proposals/attachments";
import { setFileStorage, fileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

// The screens render on the server without an app router mounted.
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ refresh: () => {}, push: () => {} }),
  usePathname: () => "/juri",
}));
const { ScoreDesk } = await import("@/components/judging/score-desk");
const { ScoreProposal } = await import("@/components/judging/score-proposal");
const { ScoreSheetForm } = await import("@/components/judging/score-sheet-form");

const ADMIN = "user-admin";
const JUDGE = "user-juri";
const JUDGE_2 = "user-juri-dua";
const JUDGE_UNSIGNED = "user-juri-tiga";
const DAY = 86_400_000;

let db: TestDatabase;
let filesDir: string;
let roundId: string;
let criteria: { id: string; name: string; weight: number }[];
/** p1, p2: the judge's entries; removed: assignment withdrawn; conflicted: a Kota Malang entry (conflict on the institution); other: not assigned. */
const P = {} as Record<"p1" | "p2" | "removed" | "conflicted" | "other", string>;
let attachmentOf: Record<string, string>;

async function judgeUser(id: string, email: string, name: string) {
  await db.prisma.user.create({
    data: { id, email, name, status: "ACTIVE", judgeProfile: { create: { affiliation: "Universitas Uji" } } },
  });
}

let n = 0;
async function entry(unitId: string, institutionId: string) {
  const title = `Inovasi dinilai ${++n}`;
  const innovation = await db.prisma.innovation.create({ data: { unitId, name: title } });
  const sections = await db.prisma.formSection.findMany({ where: { editionId: DEMO_EDITION.id } });
  const p = await db.prisma.proposal.create({
    data: {
      editionId: DEMO_EDITION.id,
      innovationId: innovation.id,
      unitId,
      institutionId,
      title,
      status: "SUBMITTED",
      implementationStartedOn: new Date("2024-01-15"),
      videoUrl: "https://www.youtube.com/watch?v=uji",
      answers: {
        create: sections.map((s) => ({ sectionId: s.id, text: `Jawaban ${s.title} untuk ${title}.`, wordCount: 5 })),
      },
    },
  });
  await db.prisma.roundEntry.create({ data: { roundId, proposalId: p.id } });
  const body = Buffer.from("%PDF-1.4\n%%EOF\n");
  const storageKey = `lampiran/juri-${p.id}`;
  await fileStorage().put(storageKey, Readable.from([body]));
  const a = await db.prisma.attachment.create({
    data: {
      proposalId: p.id,
      kind: "SUPPORTING_DOCUMENT",
      fileName: "dokumen.pdf",
      contentType: "application/pdf",
      sizeBytes: body.length,
      sha256: "0".repeat(64),
      storageKey,
    },
  });
  attachmentOf[p.id] = a.id;
  return p.id;
}

beforeAll(async () => {
  db = await appDatabase();
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-judging-"));
  setFileStorage(new LocalFileStorage(filesDir));
  attachmentOf = {};
  const round = await db.prisma.round.findFirstOrThrow({
    where: { editionId: DEMO_EDITION.id, order: 1 },
    include: { criteria: { orderBy: { order: "asc" } } },
  });
  roundId = round.id;
  criteria = round.criteria.map((c) => ({ id: c.id, name: c.name, weight: Number(c.weight) }));
  await judgeUser(JUDGE_2, "juri.dua@kovablik.test", "Juri Kedua");
  await judgeUser(JUDGE_UNSIGNED, "juri.tiga@kovablik.test", "Juri Ketiga");
  P.p1 = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang);
  P.p2 = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang);
  P.removed = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang);
  P.conflicted = await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang);
  P.other = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang);
  const signed = new Date(Date.now() - DAY);
  for (const [userId, declarationSignedAt] of [
    [JUDGE, signed],
    [JUDGE_2, signed],
    [JUDGE_UNSIGNED, null],
  ] as const) {
    await db.prisma.judgeAppointment.create({ data: { roundId, userId, declarationSignedAt } });
  }
  const assign = (proposalId: string, judgeId: string, state: "ASSIGNED" | "REMOVED" = "ASSIGNED") =>
    db.prisma.assignment.create({ data: { roundId, proposalId, judgeId, state } });
  for (const p of [P.p1, P.p2, P.conflicted]) await assign(p, JUDGE);
  await assign(P.removed, JUDGE, "REMOVED");
  await assign(P.p1, JUDGE_2);
  await assign(P.other, JUDGE_2);
  await assign(P.p1, JUDGE_UNSIGNED);
  // The judge once worked in Kota Malang: every entry of that institution's subtree is off their desk.
  await db.prisma.conflict.create({
    data: {
      editionId: DEMO_EDITION.id,
      judgeId: JUDGE,
      unitId: UNIT_IDS.kotaMalang,
      source: "UNIT_TREE",
      reason: "Pernah bertugas di Pemerintah Kota Malang",
    },
  });
});

afterAll(async () => {
  await db?.close();
  setFileStorage(undefined);
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

/** The round open now, for a week; tests that close it set it back here. */
beforeEach(async () => {
  await db.prisma.round.update({
    where: { id: roundId },
    data: { state: "OPEN", opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + 7 * DAY) },
  });
});

const as = <T>(who: string, fn: () => Promise<T>) => runAs(who, fn);
const actor = async (who: string) => (await loadActor(who))!;
const scores = (values: (number | null)[], comment = ""): ScoreEntry[] =>
  criteria.map((c, i) => ({ criterionId: c.id, value: values[i] ?? null, comment: values[i] == null ? "" : comment }));
const save = (who: string, proposalId: string, baseVersion: number, entries: ScoreEntry[]) =>
  as(who, () => saveScoresAction({ roundId, proposalId, baseVersion, scores: entries }));
const sheetOf = (proposalId: string, judgeId = JUDGE) =>
  db.prisma.scoreSheet.findFirst({
    where: { assignment: { roundId, proposalId, judgeId } },
    include: { scores: true },
  });

describe("the judge's desk", () => {
  it("lists only the judge's live, unconflicted entries with progress and the round's deadline", async () => {
    const desk = await getDesk(await actor(JUDGE), roundId);
    expect(desk.blocked).toBeNull();
    expect(desk.entries.map((e) => e.proposalId).sort()).toEqual([P.p1, P.p2].sort());
    expect(desk.progress).toEqual({ submitted: 0, total: 2 });
    expect(desk.round.closesAt?.getTime()).toBeGreaterThan(Date.now());
  });

  it("shows nothing until the judge signs the round's declaration", async () => {
    const desk = await getDesk(await actor(JUDGE_UNSIGNED), roundId);
    expect(desk.entries).toEqual([]);
    expect(desk.blocked).toMatch(/pernyataan bebas konflik/);
    await expect(getScoringSheet(await actor(JUDGE_UNSIGNED), roundId, P.p1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a judge who is not appointed to the round, and a non-judge", async () => {
    const round2 = await db.prisma.round.findFirstOrThrow({ where: { editionId: DEMO_EDITION.id, order: 2 } });
    await expect(getDesk(await actor(JUDGE), round2.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDesk(await actor("user-operator-kepanjen"), roundId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the scoring screen", () => {
  it("shows the proposal's sections, facts, files and video beside the rubric", async () => {
    const s = await getScoringSheet(await actor(JUDGE), roundId, P.p2);
    expect(s.proposal.title).toBe("Inovasi dinilai 2");
    expect(s.proposal.sections.length).toBeGreaterThan(3);
    expect(s.proposal.sections[0]!.text).toContain("Inovasi dinilai 2");
    expect(s.proposal.videoUrl).toContain("youtube");
    expect(s.proposal.attachments).toEqual([
      expect.objectContaining({ href: `/api/usulan/${P.p2}/lampiran/${attachmentOf[P.p2]}` }),
    ]);
    expect(s.criteria.map((c) => c.weight)).toEqual([25, 25, 20, 15, 15]);
    expect(s.sheet).toMatchObject({ state: "NONE", version: 0 });
    expect(s.readOnly).toBeNull();
  });

  it("refuses entries that are not the judge's: unassigned, withdrawn, conflicted", async () => {
    const judge = await actor(JUDGE);
    for (const p of [P.other, P.removed, P.conflicted]) {
      await expect(getScoringSheet(judge, roundId, p)).rejects.toMatchObject({ code: "FORBIDDEN" });
      const r = await save(JUDGE, p, 0, scores([5, 5, 5, 5, 5]));
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(
      await db.prisma.scoreSheet.count({
        where: { assignment: { judgeId: JUDGE, proposalId: { in: [P.other, P.removed, P.conflicted] } } },
      }),
    ).toBe(0);
  });

  it("opens the files of the judge's own entries inline, and no others", async () => {
    const judge = await actor(JUDGE);
    const file = await openAttachment(judge, P.p1, attachmentOf[P.p1]!);
    file.stream.destroy();
    expect(file.contentType).toBe("application/pdf");
    for (const p of [P.other, P.conflicted, P.removed]) {
      await expect(openAttachment(judge, p, attachmentOf[p]!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(openAttachment(await actor(JUDGE_UNSIGNED), P.p1, attachmentOf[P.p1]!)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("the screens", () => {
  it("render the desk and the scoring screen from what the loaders return", async () => {
    const judge = await actor(JUDGE);
    const desk = renderToString(createElement(ScoreDesk, { desk: await getDesk(judge, roundId) }));
    expect(desk).toContain("0 dari 2 terkirim");
    expect(desk).toContain(`/juri/babak/${roundId}/${P.p2}`);
    expect(desk).not.toContain(`/juri/babak/${roundId}/${P.conflicted}`);
    const s = await getScoringSheet(judge, roundId, P.p2);
    const proposal = renderToString(createElement(ScoreProposal, { proposal: s.proposal }));
    expect(proposal).toContain(`/api/usulan/${P.p2}/lampiran/${attachmentOf[P.p2]}`);
    expect(proposal).toContain("youtube");
    const form = renderToString(
      createElement(ScoreSheetForm, {
        roundId,
        proposalId: P.p2,
        criteria: s.criteria,
        sheet: s.sheet,
        readOnly: s.readOnly,
        closesAt: s.round.closesAt,
      }),
    );
    for (const c of criteria) expect(form).toContain(`id="nilai-${c.id}"`);
    expect(form).toContain("Kirim lembar nilai");
    const blocked = renderToString(
      createElement(ScoreDesk, { desk: await getDesk(await actor(JUDGE_UNSIGNED), roundId) }),
    );
    expect(blocked).toContain("Belum ada usulan untuk dinilai");
  });
});

describe("autosave, submit and reopen", () => {
  it("saves drafts with a version and answers a stale save with what is there now", async () => {
    const first = await save(JUDGE, P.p1, 0, scores([8, null, null, null, null], "Gagasan baru"));
    expect(first).toMatchObject({ ok: true, data: { saved: true, version: 1 } });
    const second = await save(JUDGE, P.p1, 1, scores([8, 7, null, null, null], "Gagasan baru"));
    expect(second).toMatchObject({ ok: true, data: { saved: true, version: 2 } });
    // Another tab still at version 1.
    const stale = await save(JUDGE, P.p1, 1, scores([2, null, null, null, null]));
    expect(stale.ok && !stale.data.saved && stale.data.conflict).toMatchObject({
      version: 2,
      value: {
        [criteria[0]!.id]: { value: "8", comment: "Gagasan baru" },
        [criteria[1]!.id]: { value: "7", comment: "Gagasan baru" },
      },
    });
    const sheet = await sheetOf(P.p1);
    expect(sheet?.scores.map((s) => Number(s.value)).sort()).toEqual([7, 8]);
    expect(sheet?.weightedTotal).toBeNull();
    // The other judge of the same entry sees only their own (empty) sheet.
    const other = await getScoringSheet(await actor(JUDGE_2), roundId, P.p1);
    expect(other.sheet).toMatchObject({ state: "NONE", version: 0, value: {} });
  });

  it("refuses a value off the scale or a note without a value, and changes nothing", async () => {
    const before = await sheetOf(P.p1);
    for (const bad of [
      scores([11, 7, null, null, null]),
      scores([0.5, 7, null, null, null]),
      [{ criterionId: criteria[2]!.id, value: null, comment: "catatan saja" }],
    ]) {
      const r = await save(JUDGE, P.p1, before!.version, bad);
      expect(r).toMatchObject({ ok: false, code: "INVALID" });
    }
    const r = await save(JUDGE, P.p1, before!.version, [{ criterionId: "kriteria-lain", value: 5, comment: "" }]);
    expect(r).toMatchObject({ ok: false, code: "INVALID" });
    expect(await sheetOf(P.p1)).toEqual(before);
  });

  it("submits only a complete sheet, stores its weighted total and locks it", async () => {
    const v = (await sheetOf(P.p1))!.version;
    const incomplete = await as(JUDGE, () => submitSheetAction({ roundId, proposalId: P.p1, version: v }));
    expect(incomplete).toMatchObject({ ok: false, code: "INVALID" });
    expect(!incomplete.ok && incomplete.error).toContain(criteria[2]!.name);
    const saved = await save(JUDGE, P.p1, v, scores([10, 7, 5.5, 1, 10], "Catatan"));
    expect(saved).toMatchObject({ ok: true, data: { saved: true } });
    const version = saved.ok && saved.data.saved ? saved.data.version : 0;
    // (9/9·25 + 6/9·25 + 4.5/9·20 + 0·15 + 9/9·15) / 100 · 100 = 66.6667
    const total = 66.6667;
    expect(Number((await sheetOf(P.p1))!.weightedTotal)).toBe(total);
    const stale = await as(JUDGE, () => submitSheetAction({ roundId, proposalId: P.p1, version: version - 1 }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const ok = await as(JUDGE, () => submitSheetAction({ roundId, proposalId: P.p1, version }));
    expect(ok).toMatchObject({ ok: true, data: { weightedTotal: total } });
    expect(ok.ok && ok.message).toContain("66,67");
    const sheet = (await sheetOf(P.p1))!;
    expect(sheet.state).toBe("SUBMITTED");
    expect(
      await db.prisma.auditEntry.count({ where: { action: "score-sheet.submit", entityId: sheet.id, actorId: JUDGE } }),
    ).toBe(1);
    // Locked: no save, no second submit, whatever version is sent.
    expect(await save(JUDGE, P.p1, sheet.version, scores([1, 1, 1, 1, 1]))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await as(JUDGE, () => submitSheetAction({ roundId, proposalId: P.p1, version: sheet.version })),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await sheetOf(P.p1)).toEqual(sheet);
    const desk = await getDesk(await actor(JUDGE), roundId);
    expect(desk.progress).toEqual({ submitted: 1, total: 2 });
    expect(desk.entries.find((e) => e.proposalId === P.p1)).toMatchObject({ sheet: "SUBMITTED", weightedTotal: total });
  });

  it("lets only an admin reopen a submitted sheet, with a reason, and tells the judge", async () => {
    const sheet = (await sheetOf(P.p1))!;
    expect(
      await as(JUDGE, () => reopenSheetAction({ sheetId: sheet.id, reason: "Saya ingin mengubah nilai." })),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await as(ADMIN, () => reopenSheetAction({ sheetId: sheet.id, reason: "salah" }))).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await sheetOf(P.p1)).toEqual(sheet);
    const r = await as(ADMIN, () =>
      reopenSheetAction({ sheetId: sheet.id, reason: "Nilai kriteria keberlanjutan tertukar." }),
    );
    expect(r).toMatchObject({ ok: true });
    expect((await sheetOf(P.p1))!).toMatchObject({ state: "DRAFT", submittedAt: null, version: sheet.version + 1 });
    const mail = await db.prisma.notification.findFirstOrThrow({
      where: { recipientId: JUDGE, template: "judging.sheet-reopened" },
    });
    expect(mail.body).toContain("Nilai kriteria keberlanjutan tertukar.");
    expect(mail.body).toContain(`/juri/babak/${roundId}/${P.p1}`);
    expect(
      await db.prisma.auditEntry.count({ where: { action: "score-sheet.reopen", entityId: sheet.id, actorId: ADMIN } }),
    ).toBe(1);
    // A draft is not reopened again.
    expect(
      await as(ADMIN, () => reopenSheetAction({ sheetId: sheet.id, reason: "Sekali lagi untuk uji." })),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("takes no score and no reopening once the round has closed", async () => {
    const sheet = (await sheetOf(P.p1))!;
    await db.prisma.round.update({ where: { id: roundId }, data: { closesAt: new Date(Date.now() - 1000) } });
    const r = await save(JUDGE, P.p1, sheet.version, scores([9, 9, 9, 9, 9]));
    expect(r).toMatchObject({ ok: false, code: "DEADLINE" });
    expect((await getScoringSheet(await actor(JUDGE), roundId, P.p1)).readOnly).toMatch(/ditutup/);
    await db.prisma.scoreSheet.update({ where: { id: sheet.id }, data: { state: "SUBMITTED" } });
    expect(
      await as(ADMIN, () => reopenSheetAction({ sheetId: sheet.id, reason: "Terlambat dibuka kembali." })),
    ).toMatchObject({ ok: false, code: "DEADLINE" });
    await db.prisma.round.update({
      where: { id: roundId },
      data: { state: "CLOSED", closesAt: new Date(Date.now() + DAY) },
    });
    expect(await save(JUDGE, P.p2, 0, scores([5, 5, 5, 5, 5]))).toMatchObject({ ok: false, code: "DEADLINE" });
  });
});
