// Issue 11: a round's ranking from its sheets on the real database — guarded normalisation with a harsh judge,
// a withdrawn sheet that does not lower a mean, consolidation before sealing, the sealed scores' fingerprint,
// a crafted late score refused, the admin's correction with its reason, advancing with a balance rule, the
// next round taking the advanced entries, and the export neutralising formula-like titles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as minutesRoute } from "@/app/api/admin/penjurian/[roundId]/berita-acara/route";
import { GET as exportRoute } from "@/app/api/admin/penjurian/[roundId]/peringkat/route";
import { minutesData } from "@/lib/ranking/minutes";
import { loadActor, runAs } from "@/lib/auth/session";
import { enrolEntriesAction } from "@/lib/judging/actions";
import { saveScoresAction } from "@/lib/judging/score-actions";
import { weightedTotal } from "@/lib/judging/weighted-total";
import { openingProblems } from "@/lib/judging/rounds";
import { computeRoundRanking } from "@/lib/ranking/round-ranking";
import { entryExplanation } from "@/lib/ranking/explanation";
import { advanceAction, consolidateAction, correctScoreAction, sealRoundAction } from "@/lib/ranking/actions";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

let db: TestDatabase;
let roundId: string;
let nextRoundId: string;
let criteria: { id: string; weight: number; scaleMin: number; scaleMax: number }[];
const ids: string[] = [];
// Quality of the four entries on a 1–10 scale; judge C scores everything exactly 2 points lower.
const QUALITY = [9, 8, 7, 6];
const JUDGES = ["rk-a", "rk-b", "user-juri"] as const;

beforeAll(async () => {
  db = await appDatabase();
  const p = db.prisma;
  const round = await p.round.create({
    data: {
      editionId: DEMO_EDITION.id,
      order: 80,
      kind: "DESK_EVALUATION",
      name: "Babak uji peringkat",
      weight: "0.6",
      normalisation: "Z_SCORE",
      minSheetsPerJudge: 2,
      divergenceThreshold: 30,
      criteria: {
        create: [
          { order: 1, name: "Kebaruan", weight: 60, scaleMin: 1, scaleMax: 10 },
          { order: 2, name: "Dampak", weight: 40, scaleMin: 1, scaleMax: 10 },
        ],
      },
    },
    include: { criteria: { orderBy: { order: "asc" } } },
  });
  roundId = round.id;
  // Judging has ended: the rubric is frozen once the round leaves DRAFT.
  await p.round.update({ where: { id: roundId }, data: { state: "CLOSED" } });
  criteria = round.criteria.map((c) => ({ ...c, weight: c.weight.toNumber() }));
  nextRoundId = (
    await p.round.create({
      data: {
        editionId: DEMO_EDITION.id,
        order: 81,
        kind: "PRESENTATION_INTERVIEW",
        name: "Babak uji lanjutan",
        weight: "0.4",
        entrySource: "PREVIOUS_ROUND",
      },
    })
  ).id;
  for (const id of JUDGES.slice(0, 2)) {
    await p.user.create({ data: { id, email: `${id}@kampus.ac.id`, name: `Juri ${id}`, status: "ACTIVE" } });
  }
  for (const id of JUDGES)
    await p.judgeAppointment.create({ data: { roundId, userId: id, declarationSignedAt: new Date() } });
  const titles = ['=HYPERLINK("http://x")', "Layanan B", "Layanan C", "Layanan D"];
  for (const [n, title] of titles.entries()) {
    // The last entry is a provincial agency's: the balance rule below brings it in.
    const provincial = n === 3 ? { unitId: UNIT_IDS.dinkesProv, institutionId: UNIT_IDS.dinkesProv } : {};
    const proposal = await createProposal(p, { title, status: "PASSED", content: "bare", ...provincial });
    ids.push(proposal.id);
    await p.roundEntry.create({ data: { roundId, proposalId: proposal.id } });
    for (const judgeId of JUDGES) {
      const v = QUALITY[n]! - (judgeId === "user-juri" ? 2 : 0);
      const a = await p.assignment.create({ data: { roundId, proposalId: proposal.id, judgeId } });
      const values = Object.fromEntries(criteria.map((c) => [c.id, v]));
      await p.scoreSheet.create({
        data: {
          assignmentId: a.id,
          state: "SUBMITTED",
          submittedAt: new Date(),
          weightedTotal: weightedTotal(criteria, values).total,
          scores: { create: criteria.map((c) => ({ criterionId: c.id, value: v })) },
        },
      });
    }
  }
});
afterAll(async () => {
  await db?.close();
});

const admin = () => loadActor("user-admin").then((a) => a!);

describe("a round's ranking", () => {
  it("normalises away a judge who scores every entry 2 points lower: same order, the harsh judge named", async () => {
    const r = await computeRoundRanking(db.prisma, roundId);
    expect(r.method).toBe("Z_SCORE");
    expect(r.warning).toBeNull();
    expect(r.entries.map((e) => e.proposalId)).toEqual(ids);
    expect(r.entries.map((e) => `${e.sheets} dari ${e.assigned}`)).toEqual(Array(4).fill("3 dari 3"));
    const harsh = r.judges.find((j) => j.judgeId === "user-juri")!;
    // 2 points on a 1–10 scale is 2/9 of 100.
    expect(harsh.harshness).toBeCloseTo(-(2 / 9) * 100, 4);
    // Every judge's z-scores agree, so each entry's three normalised sheets are equal.
    const top = r.entries[0]!;
    expect(top.normalised).toBeGreaterThan(top.raw!);
  });

  it("a withdrawn sheet never lowers an entry's mean", async () => {
    const before = (await computeRoundRanking(db.prisma, roundId)).entries.find((e) => e.proposalId === ids[1])!;
    const a = await db.prisma.assignment.findFirstOrThrow({
      where: { roundId, proposalId: ids[1], judgeId: "user-juri" },
    });
    await db.prisma.assignment.update({ where: { id: a.id }, data: { state: "REMOVED" } });
    try {
      const after = (await computeRoundRanking(db.prisma, roundId)).entries.find((e) => e.proposalId === ids[1])!;
      expect(after.sheets).toBe(2);
      expect(after.assigned).toBe(2);
      expect(after.raw).toBeGreaterThan(before.raw!);
    } finally {
      await db.prisma.assignment.update({ where: { id: a.id }, data: { state: "ASSIGNED" } });
    }
  });

  it("counts a draft sheet as assigned but not scored, and lists an entry nobody judges yet without a rank", async () => {
    const p = db.prisma;
    const other = await p.round.create({
      data: { editionId: DEMO_EDITION.id, order: 82, kind: "DESK_EVALUATION", name: "Babak uji cakupan", weight: "0" },
    });
    for (const judgeId of JUDGES.slice(0, 2))
      await p.judgeAppointment.create({ data: { roundId: other.id, userId: judgeId } });
    for (const proposalId of ids.slice(0, 3)) await p.roundEntry.create({ data: { roundId: other.id, proposalId } });
    const sheet = async (proposalId: string, judgeId: string, state: "SUBMITTED" | "DRAFT", total: number) => {
      const a = await p.assignment.create({ data: { roundId: other.id, proposalId, judgeId } });
      await p.scoreSheet.create({ data: { assignmentId: a.id, state, weightedTotal: total } });
    };
    await sheet(ids[0]!, "rk-a", "SUBMITTED", 80);
    await sheet(ids[0]!, "rk-b", "SUBMITTED", 70);
    await sheet(ids[1]!, "rk-a", "DRAFT", 95);
    const r = await computeRoundRanking(p, other.id);
    const shown = r.entries.map((e) => [e.proposalId, e.rank, e.raw, `${e.sheets} dari ${e.assigned}`]);
    expect(shown[0]).toEqual([ids[0], 1, 75, "2 dari 2"]);
    // Unranked entries follow the ranked ones.
    expect(shown.slice(1)).toHaveLength(2);
    expect(shown.slice(1)).toEqual(
      expect.arrayContaining([
        [ids[1], null, null, "0 dari 1"],
        [ids[2], null, null, "0 dari 0"],
      ]),
    );
    expect(r.sheetCount).toBe(2);
    expect(r.divergent).toEqual([]);
  });

  it("falls back to raw means with the reason when a judge has too few sheets", async () => {
    await db.prisma.round.update({ where: { id: roundId }, data: { minSheetsPerJudge: 5 } });
    try {
      const r = await computeRoundRanking(db.prisma, roundId);
      expect(r.method).toBe("NONE");
      expect(r.warning).toContain("kurang dari 5 usulan");
      expect(r.entries.every((e) => e.normalised === null)).toBe(true);
    } finally {
      await db.prisma.round.update({ where: { id: roundId }, data: { minSheetsPerJudge: 2 } });
    }
  });
});

describe("consolidation, sealing and corrections", () => {
  it("refuses to seal while a divergent entry has no note, then seals with the scores' fingerprint", async () => {
    // The harsh judge's 2 points are 22.2 of 100: above a 20-point threshold every entry is flagged.
    await db.prisma.round.update({ where: { id: roundId }, data: { divergenceThreshold: 20 } });
    const refused = await runAs("user-admin", () => sealRoundAction({ roundId }));
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("4 usulan") });
    for (const proposalId of ids) {
      const r = await runAs("user-admin", () =>
        consolidateAction({ roundId, proposalId, outcome: "STANDS", note: "Juri C konsisten lebih ketat; dibiarkan." }),
      );
      expect(r).toMatchObject({ ok: true });
    }
    const sealed = await runAs("user-admin", () => sealRoundAction({ roundId }));
    expect(sealed).toMatchObject({ ok: true });
    const round = await db.prisma.round.findUniqueOrThrow({ where: { id: roundId } });
    expect(round.state).toBe("SEALED");
    expect(round.scoresFingerprint).toMatch(/^[0-9a-f]{64}$/);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "round.seal", entityId: roundId } });
    expect(JSON.stringify(audit.after)).toContain(round.scoresFingerprint!);
  });

  it("refuses a judge's crafted score write to the sealed round, in the service and in the database", async () => {
    const r = await runAs("user-juri", () =>
      saveScoresAction({
        roundId,
        proposalId: ids[0]!,
        baseVersion: 1,
        scores: criteria.map((c) => ({ criterionId: c.id, value: 10, comment: "" })),
      }),
    );
    expect(r).toMatchObject({ ok: false });
    await expect(
      db.prisma.$executeRaw`UPDATE "Score" SET "value" = 10 WHERE "criterionId" = ${criteria[0]!.id}`,
    ).rejects.toThrow();
  });

  it("lets an admin correct a sealed score only with a reason; the change is audited and shows in 'why this rank'", async () => {
    const sheet = await db.prisma.scoreSheet.findFirstOrThrow({
      where: { assignment: { roundId, proposalId: ids[3], judgeId: "rk-a" } },
    });
    const before = await db.prisma.round.findUniqueOrThrow({ where: { id: roundId } });
    const noReason = await runAs("user-admin", () =>
      correctScoreAction({ roundId, sheetId: sheet.id, criterionId: criteria[0]!.id, value: 7, reason: "" }),
    );
    expect(noReason).toMatchObject({ ok: false, code: "INVALID" });
    const byJudge = await runAs("user-juri", () =>
      correctScoreAction({
        roundId,
        sheetId: sheet.id,
        criterionId: criteria[0]!.id,
        value: 7,
        reason: "Salah ketik nilai",
      }),
    );
    expect(byJudge).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const ok = await runAs("user-admin", () =>
      correctScoreAction({
        roundId,
        sheetId: sheet.id,
        criterionId: criteria[0]!.id,
        value: 7,
        reason: "Salah ketik pada rapat pleno; juri mengonfirmasi 7",
      }),
    );
    expect(ok).toMatchObject({ ok: true });
    const after = await db.prisma.round.findUniqueOrThrow({ where: { id: roundId } });
    expect(after.scoresFingerprint).not.toBe(before.scoresFingerprint);
    expect(await db.prisma.auditEntry.count({ where: { action: "score.correct", entityId: sheet.id } })).toBe(1);
    const why = await entryExplanation(await admin(), roundId, ids[3]!);
    const changed = why.sheets.find((s) => s.judgeName === "Juri rk-a")!;
    expect(changed.changes).toEqual([
      expect.objectContaining({
        criterion: "Kebaruan",
        oldValue: 6,
        newValue: 7,
        reason: expect.stringContaining("pleno"),
      }),
    ]);
    expect(changed.total).toBeCloseTo(weightedTotal(criteria, { [criteria[0]!.id]: 7, [criteria[1]!.id]: 6 }).total, 4);
  });
});

describe("advancing", () => {
  it("the next round cannot open before the decision; then takes exactly the advanced entries", async () => {
    const problems = await db.prisma.$transaction((tx) => openingProblems(tx, nextRoundId));
    expect(problems).toContainEqual(expect.stringContaining("Babak uji peringkat"));
    // Top 2 with at least one provincial agency: the provincial entry (last) comes in, the second goes out.
    const r = await runAs("user-admin", () =>
      advanceAction({ roundId, rule: "TOP_N", topN: 2, balance: [{ by: "kind", group: "PROVINCIAL_AGENCY", min: 1 }] }),
    );
    expect(r).toMatchObject({ ok: true, data: { advanced: 2, adjustments: 2 } });
    const entries = await db.prisma.roundEntry.findMany({ where: { roundId }, orderBy: { proposalId: "asc" } });
    const state = Object.fromEntries(entries.map((e) => [e.proposalId, e.state]));
    expect([ids.map((id) => state[id])]).toEqual([["ADVANCED", "ELIMINATED", "ELIMINATED", "ADVANCED"]]);
    expect(entries.find((e) => e.proposalId === ids[3])?.note).toContain("paling sedikit 1");
    const enrolled = await runAs("user-admin", () => enrolEntriesAction({ roundId: nextRoundId }));
    expect(enrolled).toMatchObject({ ok: true, data: { added: 2 } });
    const next = await db.prisma.roundEntry.findMany({ where: { roundId: nextRoundId } });
    expect(next.map((e) => e.proposalId).sort()).toEqual([ids[0], ids[3]].sort());
  });
});

describe("export", () => {
  it("neutralises a formula-like title in CSV and XLSX, and is the admin's only", async () => {
    const call = (who: string, format: string) =>
      runAs(who, () =>
        exportRoute(new Request(`http://localhost/api/admin/penjurian/${roundId}/peringkat?format=${format}`), {
          params: Promise.resolve({ roundId }),
        }),
      );
    const csv = await (await call("user-admin", "csv")).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.split("\n")[0]).toContain("Nilai ternormalisasi");
    const xlsx = await call("user-admin", "xlsx");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const titles = book.worksheets[0]!.getColumn(2).values.map(String);
    expect(titles).toContain(`'=HYPERLINK("http://x")`);
    expect((await call("user-juri", "csv")).status).toBe(403);
  });

  it("writes the minutes of a sealed round with the sealing fingerprint, the correction and the decision", async () => {
    const m = await minutesData(await admin(), roundId);
    const round = await db.prisma.round.findUniqueOrThrow({ where: { id: roundId } });
    expect(m.currentFingerprint).toBe(round.scoresFingerprint);
    // The correction after sealing changed the scores: the sealing fingerprint (from the audit log) differs.
    expect(m.sealed.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(m.sealed.fingerprint).not.toBe(m.currentFingerprint);
    expect(m.changes).toEqual([expect.objectContaining({ criterion: "Kebaruan", newValue: 7 })]);
    expect(m.notes).toHaveLength(4);
    expect(m.advancement?.rule).toBe("TOP_N");
    const res = await runAs("user-admin", () =>
      minutesRoute(new Request("http://localhost/"), { params: Promise.resolve({ roundId }) }),
    );
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const unsealed = await runAs("user-admin", () =>
      minutesRoute(new Request("http://localhost/"), { params: Promise.resolve({ roundId: nextRoundId }) }),
    );
    expect(unsealed.status).toBe(409);
  });
});
