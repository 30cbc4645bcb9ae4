// Issue 12: results from the final ranking — a draft with the Top N and ranks 1–3, the objection window
// (lodged in time, refused after it, decided with a mail to the objector), confirmation refused until the
// window has closed and every objection is decided, the frozen version, a correction that keeps both versions,
// and certificates that verify (in force or superseded) only once the winners are public.
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, runAs } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/permissions";
import {
  addAwardAction,
  assembleDraftAction,
  lodgeObjectionAction,
  startCorrectionAction,
} from "@/lib/results/actions";
import { certificatePdf, issuedCertificate } from "@/lib/results/certificates";
import { confirmResult, publishWinners } from "@/lib/results/confirmation";
import { announceFinalists, decideObjection, lodgeObjection } from "@/lib/results/objections";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { seedScoredEdition } from "../helpers/results-scenario";

const YEAR = 2024;
const DAY = 86_400_000;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const kab = { unitId: UNIT_IDS.puskesmasKepanjen, institutionId: UNIT_IDS.kabMalang };
const kota = { unitId: UNIT_IDS.puskesmasKendalkerep, institutionId: UNIT_IDS.kotaMalang };
const ENTRIES = [
  { ...kota, title: "Sanggah Aku Kota", score: 95 },
  { ...kab, title: "Antar Obat Kepanjen", score: 90 },
  { ...kota, title: "Posyandu Digital Kendalkerep", score: 85 },
  { ...kab, title: "Layanan Malam Kepanjen", score: 80 },
  { ...kab, title: "Kelas Ibu Kepanjen", score: 70 },
];

let db: TestDatabase;
let ids: string[];
let admin: Actor;
let operatorKab: Actor;
const minutes = () => ({ fileName: "berita-acara-pleno.pdf", body: Readable.from([PDF]), declaredSize: PDF.length });

beforeAll(async () => {
  db = await appDatabase();
  ids = (await seedScoredEdition(db.prisma, { year: YEAR, topN: 3, entries: ENTRIES })).proposalIds;
  admin = (await loadActor("user-admin"))!;
  operatorKab = (await loadActor("user-operator-kepanjen"))!;
});
afterAll(async () => {
  await db?.close();
});

const lines = (resultId: string) =>
  db.prisma.resultLine.findMany({ where: { resultId }, orderBy: { rank: "asc" }, include: { proposal: true } });

describe("results, objections and certificates", () => {
  let announcedAt: Date;
  let v1: string;

  it("assembles a draft: the Top N from the final ranking, ranks 1–3 awarded, the formula kept", async () => {
    const r = await runAs("user-admin", () => assembleDraftAction({ year: YEAR }));
    expect(r).toMatchObject({ ok: true, data: { version: 1, lines: 5, topN: 3, podium: 3 } });
    v1 = (r.ok && r.data.resultId) as string;
    const ls = await lines(v1);
    expect(ls.map((l) => [l.proposal.title, l.rank, l.tier])).toEqual([
      ["Sanggah Aku Kota", 1, "TOP_N"],
      ["Antar Obat Kepanjen", 2, "TOP_N"],
      ["Posyandu Digital Kendalkerep", 3, "TOP_N"],
      ["Layanan Malam Kepanjen", 4, "PARTICIPANT"],
      ["Kelas Ibu Kepanjen", 5, "PARTICIPANT"],
    ]);
    expect(ls[0]!.explanation).toMatchObject({ formula: "100,00 % × 95,00 = 95,00" });
    expect(ls.filter((l) => l.certificateCode).length).toBe(3);
    const awards = await db.prisma.award.findMany({ where: { resultId: v1 }, orderBy: { order: "asc" } });
    expect(awards.map((a) => a.name)).toEqual(["Terbaik 1", "Terbaik 2", "Terbaik 3"]);
    const special = await runAs("user-admin", () =>
      addAwardAction({ resultId: v1, proposalId: ids[3]!, name: "Replikasi Terbaik" }),
    );
    expect(special.ok).toBe(true);
  });

  it("an objection in the window is recorded; one lodged after the window is refused", async () => {
    announcedAt = new Date();
    await announceFinalists(admin, { year: YEAR, days: 5 }, announcedAt);
    const lodged = await runAs("user-operator-kepanjen", () =>
      lodgeObjectionAction({
        proposalId: ids[0],
        unitId: UNIT_IDS.puskesmasKepanjen,
        reason: "Inovasi ini baru berjalan delapan bulan, kurang dari syarat satu tahun.",
      }),
    );
    expect(lodged.ok).toBe(true);
    const late = new Date(announcedAt.getTime() + 5 * DAY + 60_000);
    await expect(
      lodgeObjection(
        operatorKab,
        {
          proposalId: ids[1]!,
          unitId: UNIT_IDS.puskesmasKepanjen,
          reason: "Sanggahan yang terlambat diajukan sekali.",
        },
        late,
      ),
    ).rejects.toMatchObject({ code: "DEADLINE", message: expect.stringContaining("Masa sanggah sudah berakhir") });
    // Not a finalist (rank 4): nothing to object to.
    await expect(
      lodgeObjection(operatorKab, {
        proposalId: ids[3]!,
        unitId: UNIT_IDS.puskesmasKepanjen,
        reason: "Sanggahan untuk usulan yang bukan finalis.",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Someone else's unit: refused.
    await expect(
      lodgeObjection(operatorKab, {
        proposalId: ids[0]!,
        unitId: UNIT_IDS.puskesmasKendalkerep,
        reason: "Sanggahan atas nama unit orang lain.",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.prisma.objection.count()).toBe(1);
  });

  it("confirmation waits for the window and the decisions; an upheld objection leaves the Top N", async () => {
    const open = new Date(announcedAt.getTime() + DAY);
    await expect(confirmResult(admin, { resultId: v1, ...minutes() }, open)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Masa sanggah masih berjalan"),
    });
    // Time passes: the window is over (moved into the past rather than the clock into the future).
    await db.prisma.publication.updateMany({
      data: { objectionOpensAt: new Date(Date.now() - 6 * DAY), objectionClosesAt: new Date(Date.now() - DAY) },
    });
    await expect(confirmResult(admin, { resultId: v1, ...minutes() })).rejects.toMatchObject({
      message: expect.stringContaining("1 sanggahan belum diputuskan"),
    });
    const o = await db.prisma.objection.findFirstOrThrow();
    await decideObjection(admin, { objectionId: o.id, decision: "UPHELD", note: "Terbukti belum setahun berjalan." });
    const mail = await db.prisma.notification.findFirstOrThrow({ where: { template: "objection.decided" } });
    expect(mail).toMatchObject({
      recipientId: "user-operator-kepanjen",
      subject: "Sanggahan Anda diterima: Sanggah Aku Kota",
    });
    const rebuilt = await runAs("user-admin", () => assembleDraftAction({ year: YEAR }));
    expect(rebuilt).toMatchObject({ ok: true, data: { version: 1, topN: 3 } });
    const ls = await lines(v1);
    expect(ls.filter((l) => l.tier === "TOP_N").map((l) => l.proposal.title)).toEqual([
      "Antar Obat Kepanjen",
      "Posyandu Digital Kendalkerep",
      "Layanan Malam Kepanjen",
    ]);
    const awards = await db.prisma.award.findMany({ where: { resultId: v1 }, include: { proposal: true } });
    expect(awards.map((a) => `${a.name}: ${a.proposal.title}`).sort()).toEqual([
      "Replikasi Terbaik: Layanan Malam Kepanjen",
      "Terbaik 1: Antar Obat Kepanjen",
      "Terbaik 2: Posyandu Digital Kendalkerep",
      "Terbaik 3: Layanan Malam Kepanjen",
    ]);
    const done = await confirmResult(admin, { resultId: v1, ...minutes() });
    expect(done.version).toBe(1);
    const r = await db.prisma.result.findUniqueOrThrow({ where: { id: v1 } });
    expect(r).toMatchObject({ confirmedById: "user-admin" });
    expect(r.confirmedAt).not.toBeNull();
    expect(r.minutesKey).toMatch(/^hasil\//);
    expect(await db.prisma.auditEntry.count({ where: { action: "result.confirm", entityId: v1 } })).toBe(1);
    // Frozen: no rebuild, no second confirmation.
    expect(await runAs("user-admin", () => assembleDraftAction({ year: YEAR }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await expect(confirmResult(admin, { resultId: v1, ...minutes() })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a correction is a new confirmed version with a reason, and both versions stay", async () => {
    const before = await lines(v1);
    const codeV1 = before.find((l) => l.proposal.title === "Antar Obat Kepanjen")!.certificateCode!;
    // Nothing verifies before the winners are public.
    expect(await issuedCertificate(codeV1)).toBeNull();
    await publishWinners(admin, { year: YEAR });
    expect(await issuedCertificate(codeV1)).toMatchObject({ inForce: true, version: 1, award: "Top 3" });

    const c = await runAs("user-admin", () =>
      startCorrectionAction({ resultId: v1, reason: "Salah tulis nama penghargaan khusus pada berita acara." }),
    );
    expect(c).toMatchObject({ ok: true, data: { version: 2 } });
    const v2 = (c.ok && c.data.resultId) as string;
    // A draft correction is private: the public still sees version 1.
    expect(await issuedCertificate(codeV1)).toMatchObject({ inForce: true });
    await confirmResult(admin, { resultId: v2, ...minutes() });
    const results = await db.prisma.result.findMany({ orderBy: { version: "asc" } });
    expect(results.map((r) => [r.version, r.confirmedAt !== null, r.supersedesId, r.correctionReason])).toEqual([
      [1, true, null, null],
      [2, true, v1, "Salah tulis nama penghargaan khusus pada berita acara."],
    ]);
    // Version 1 is exactly as it was confirmed.
    expect((await lines(v1)).map((l) => [l.proposalId, l.rank, l.tier, l.certificateCode])).toEqual(
      before.map((l) => [l.proposalId, l.rank, l.tier, l.certificateCode]),
    );
    expect(await issuedCertificate(codeV1)).toMatchObject({ inForce: false, currentVersion: 2 });
    const codeV2 = (await lines(v2)).find((l) => l.proposal.title === "Antar Obat Kepanjen")!.certificateCode!;
    expect(codeV2).not.toBe(codeV1);
    expect(await issuedCertificate(codeV2.toLowerCase().replace(/-/g, " "))).toMatchObject({
      inForce: true,
      version: 2,
    });
    // An altered code verifies nothing.
    const altered = codeV2.slice(0, -1) + (codeV2.endsWith("A") ? "B" : "A");
    expect(await issuedCertificate(altered)).toBeNull();
  });

  it("the unit downloads its certificate; another unit's admin lokal cannot", async () => {
    const award = await db.prisma.award.findFirstOrThrow({
      where: { name: "Terbaik 1", result: { version: 2 } },
    });
    const { pdf, fileName } = await certificatePdf(operatorKab, award.certificateCode);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(fileName).toBe(`sertifikat-kovablik-${YEAR}-${award.certificateCode}.pdf`);
    const kotaAdmin = (await loadActor("user-adminlokal-kotamalang"))!;
    await expect(certificatePdf(kotaAdmin, award.certificateCode)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
