// Issue 11, the admin screens of a round's close: consolidation that reads only the entry's own sheets, what
// blocks sealing (the same with the ranking passed in), the ranking view after sealing (who, the fingerprint,
// every ranked entry for hand-picking), the advancement preview that records nothing, and the edition's
// combined final ranking with its export neutralising titles that start with =, +, - or @.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as finalExportRoute } from "@/app/api/admin/peringkat/route";
import { loadActor, runAs } from "@/lib/auth/session";
import { weightedTotal } from "@/lib/judging/weighted-total";
import { advanceAction, consolidateAction, previewAdvanceAction, sealRoundAction } from "@/lib/ranking/actions";
import { sealingProblems } from "@/lib/ranking/closing";
import { finalRankingView } from "@/lib/ranking/final-ranking";
import { roundRankingView } from "@/lib/ranking/ranking-queries";
import { computeRoundRanking } from "@/lib/ranking/round-ranking";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

let db: TestDatabase;
let roundId: string;
const ids: string[] = [];
const TITLES = ["=SUM(1;1) Layanan", "+62 Layanan Cepat", "-Layanan Senyap", "@Layanan Provinsi"];
// Quality on a 1–10 scale; the third judge gives the second entry 3 instead of 8 (55.6 points apart).
const QUALITY = [9, 8, 7, 6];
const JUDGES = ["rc-a", "rc-b", "user-juri"] as const;

beforeAll(async () => {
  db = await appDatabase();
  const p = db.prisma;
  const round = await p.round.create({
    data: {
      editionId: DEMO_EDITION.id,
      order: 70,
      kind: "DESK_EVALUATION",
      name: "Babak uji penutupan",
      weight: "1",
      minSheetsPerJudge: 2,
      divergenceThreshold: 30,
      criteria: {
        create: [
          { order: 1, name: "Kebaruan", weight: 60, scaleMin: 1, scaleMax: 10 },
          { order: 2, name: "Dampak", weight: 40, scaleMin: 1, scaleMax: 10 },
        ],
      },
    },
    include: { criteria: true },
  });
  roundId = round.id;
  await p.round.update({ where: { id: roundId }, data: { state: "CLOSED" } });
  const criteria = round.criteria.map((c) => ({ ...c, weight: c.weight.toNumber() }));
  for (const id of JUDGES.slice(0, 2))
    await p.user.create({ data: { id, email: `${id}@kampus.ac.id`, name: `Juri ${id}`, status: "ACTIVE" } });
  for (const id of JUDGES)
    await p.judgeAppointment.create({ data: { roundId, userId: id, declarationSignedAt: new Date() } });
  for (const [n, title] of TITLES.entries()) {
    const provincial = n === 3 ? { unitId: UNIT_IDS.dinkesProv, institutionId: UNIT_IDS.dinkesProv } : {};
    const proposal = await createProposal(p, { title, status: "PASSED", content: "bare", ...provincial });
    ids.push(proposal.id);
    await p.roundEntry.create({ data: { roundId, proposalId: proposal.id } });
    for (const judgeId of JUDGES) {
      const v = n === 1 && judgeId === "user-juri" ? 3 : QUALITY[n]!;
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

describe("closing a round", () => {
  it("says what blocks sealing in words, the same whether the ranking is passed in or computed", async () => {
    const ranking = await computeRoundRanking(db.prisma, roundId);
    const passed = await sealingProblems(db.prisma, roundId, ranking);
    expect(passed).toEqual(await sealingProblems(db.prisma, roundId));
    expect(passed).toEqual(["1 usulan dengan nilai juri yang berselisih belum diberi catatan konsolidasi."]);
    const view = await roundRankingView(await admin(), roundId, 1);
    expect(view.sealingProblems).toEqual(passed);
    expect(view.divergent.map((d) => d.title)).toEqual([TITLES[1]]);
  });

  it("records a consolidation note with the entry's own spread, and refuses one where the judges agree", async () => {
    const agree = await runAs("user-admin", () =>
      consolidateAction({ roundId, proposalId: ids[0]!, outcome: "STANDS", note: "Tidak ada yang perlu dibahas." }),
    );
    expect(agree).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("tidak berselisih") });
    const ok = await runAs("user-admin", () =>
      consolidateAction({ roundId, proposalId: ids[1]!, outcome: "DISCUSSED", note: "Dibahas panel; nilai tetap." }),
    );
    expect(ok).toMatchObject({ ok: true, message: expect.stringContaining("Dibahas panel") });
    const note = await db.prisma.consolidation.findUniqueOrThrow({
      where: { roundId_proposalId: { roundId, proposalId: ids[1]! } },
    });
    // 8 and 3 on every criterion of a 1–10 scale: (8 − 3) / 9 of 100.
    expect(note.spread.toNumber()).toBeCloseTo((5 / 9) * 100, 3);
    expect(await sealingProblems(db.prisma, roundId)).toEqual([]);
  });

  it("after sealing, the ranking view names who sealed with the fingerprint and lists every ranked entry", async () => {
    expect(await runAs("user-admin", () => sealRoundAction({ roundId }))).toMatchObject({ ok: true });
    const view = await roundRankingView(await admin(), roundId, 1);
    const adminName = (await db.prisma.user.findUniqueOrThrow({ where: { id: "user-admin" } })).name;
    expect(view.sealedBy).toBe(adminName);
    expect(view.round.scoresFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(view.candidates.map((c) => c.title)).toEqual([TITLES[0], TITLES[2], TITLES[1], TITLES[3]]);
    expect(view.sealingProblems).toEqual(["Babak ini sudah disegel."]);
    expect(view.advancement).toBeNull();
  });
});

describe("advancing", () => {
  const input = () => ({
    roundId,
    rule: "TOP_N" as const,
    topN: 2,
    balance: [{ by: "kind" as const, group: "PROVINCIAL_AGENCY", min: 1 }],
  });

  it("previews who advances and who a balance rule moved, with reasons, and records nothing", async () => {
    const r = await runAs("user-admin", () => previewAdvanceAction(input()));
    if (!r.ok) throw new Error(r.error);
    expect(r.data.advanced.map((e) => e.title)).toEqual([TITLES[0], TITLES[3]]);
    expect(r.data.eliminated).toBe(2);
    expect(r.data.adjustments).toEqual([
      expect.objectContaining({ title: TITLES[3], moved: "in", reason: expect.stringContaining("paling sedikit 1") }),
      expect.objectContaining({ title: TITLES[2], moved: "out" }),
    ]);
    expect(await db.prisma.advancement.count({ where: { roundId } })).toBe(0);
    expect(await db.prisma.roundEntry.count({ where: { roundId, state: { not: "IN" } } })).toBe(0);
    expect(await runAs("user-juri", () => previewAdvanceAction(input()))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("records the decision the preview showed; the view shows it with the moved entries' titles", async () => {
    expect(await runAs("user-admin", () => advanceAction(input()))).toMatchObject({ ok: true });
    const view = await roundRankingView(await admin(), roundId, 1);
    expect(view.advancement).toMatchObject({ rule: "TOP_N", topN: 2, advanced: 2 });
    expect(view.advancement!.adjustments.map((a) => [a.title, a.moved])).toEqual([
      [TITLES[3], "in"],
      [TITLES[2], "out"],
    ]);
  });
});

describe("the edition's final ranking", () => {
  it("shows per round the raw and normalised score, the rank and the share", async () => {
    const view = await finalRankingView(await admin(), DEMO_EDITION.year);
    const mine = view.rows.filter((r) => ids.includes(r.proposalId));
    // Means 9, 6.33 (8, 8, 3), 7 and 6: the combined order follows this round, the only one with a share here.
    expect(mine.map((r) => r.title)).toEqual([TITLES[0], TITLES[2], TITLES[1], TITLES[3]]);
    expect(mine.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    const top = mine.find((r) => r.proposalId === ids[0])!;
    expect(top.parts).toEqual([
      expect.objectContaining({ roundId, name: "Babak uji penutupan", share: 100, rank: 1, raw: expect.any(Number) }),
    ]);
    expect(top.formula).toMatch(/^100,00 % × [0-9,]+ = /);
  });

  it("exports CSV and XLSX with titles starting =, +, - or @ neutralised, for admins only", async () => {
    const call = (who: string, format: string) =>
      runAs(who, () =>
        finalExportRoute(
          new Request(`http://localhost/api/admin/peringkat?edisi=${DEMO_EDITION.year}&format=${format}`),
        ),
      );
    const csvResponse = await call("user-admin", "csv");
    expect(csvResponse.headers.get("content-disposition")).toContain(`peringkat-akhir-${DEMO_EDITION.year}.csv`);
    const csv = await csvResponse.text();
    expect(csv.split("\n")[0]).toContain("Babak uji penutupan: nilai ternormalisasi");
    for (const t of TITLES) {
      expect(csv).toContain(`'${t}`);
      expect(csv).not.toMatch(new RegExp(`(^|,)"?${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
    }
    const xlsx = await call("user-admin", "xlsx");
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const titles = book.worksheets[0]!.getColumn(2).values.map(String);
    for (const t of TITLES) expect(titles).toContain(`'${t}`);
    expect((await call("user-juri", "csv")).status).toBe(403);
  });
});
