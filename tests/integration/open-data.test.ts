// Open data and public statistics: only what is published (lib/public-site/visibility.ts), at stable addresses,
// with the licence stated; CSV cells that look like formulas are neutralised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as dataRoute } from "@/app/(portal)/data/[file]/route";
import { runAs } from "@/lib/auth/session";
import { publicStatistics } from "@/lib/statistics/statistics";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";
import { confirmedResult, publish } from "../helpers/results";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
  const p = db.prisma;
  const winner = await createProposal(p, { status: "PASSED", title: '=HYPERLINK("http://x")' });
  const kota = await createProposal(p, {
    status: "PASSED",
    title: "Inovasi Kota Malang",
    unitId: UNIT_IDS.puskesmasKendalkerep,
    institutionId: UNIT_IDS.kotaMalang,
  });
  const hidden = await createProposal(p, { status: "PASSED", title: "Inovasi yang disembunyikan" });
  await p.proposal.update({ where: { id: hidden.id }, data: { publicHidden: true } });
  await createProposal(p, { status: "FAILED", title: "Inovasi gagal" });
  await createProposal(p, { status: "DRAFT", title: "Draf yang tidak dihitung" });
  await confirmedResult(p, [
    { proposalId: winner.id, awards: ["Terbaik 1"] },
    { proposalId: kota.id },
    { proposalId: hidden.id },
  ]);
  await p.nomination.create({
    data: { proposalId: winner.id, outcomes: { create: [{ stage: "SUBMITTED" }, { stage: "TOP_99" }] } },
  });
});
afterAll(async () => {
  await db?.close();
});

const get = (file: string) =>
  runAs(null, () => dataRoute(new Request(`http://localhost/data/${file}`), { params: Promise.resolve({ file }) }));

describe("open data", () => {
  it("is not found before anything is published, nor for another name", async () => {
    expect((await get("hasil-2027.csv")).status).toBe(404);
    expect((await get("hasil-2027.xlsx")).status).toBe(404);
  });

  it("lists only the finalists, without ranks or scores, while only the finalists are announced", async () => {
    await publish(db.prisma, new Date(Date.now() - 60_000), { finalists: true });
    const res = await get("hasil-2027.json");
    expect(res.status).toBe(200);
    const data = await res.json();
    expect(data.license).toMatchObject({ id: "CC-BY-4.0" });
    expect(data.records).toHaveLength(2); // the hidden one never
    expect(
      data.records.every(
        (r: { peringkat: unknown; nilai_akhir: unknown }) => r.peringkat === null && r.nilai_akhir === null,
      ),
    ).toBe(true);
  });

  it("adds ranks, awards and the national outcome once the winners are; the CSV is neutralised and licensed", async () => {
    await publish(db.prisma, new Date(Date.now() - 60_000));
    const json = await (await get("hasil-2027.json")).json();
    expect(json.records[0]).toMatchObject({
      peringkat: 1,
      penghargaan: "Terbaik 1",
      kipp: "Top 99 KIPP",
      kode_wilayah: "35.07",
    });
    expect(json.records[1]).toMatchObject({ instansi: "Kota Malang", kode_wilayah: "35.73" });
    const res = await get("hasil-2027.csv");
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("link")).toContain('rel="license"');
    const csv = await res.text();
    const [head, first] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(head).toBe(
      "tahun,peringkat,judul,unit,instansi,kode_wilayah,kelompok,kategori,status,nilai_akhir,penghargaan,kipp",
    );
    expect(first).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toContain("disembunyikan");
  });
});

describe("public statistics", () => {
  it("are there only once published, and count what reached the province", async () => {
    await publish(db.prisma, new Date(Date.now() - 60_000), { finalists: true, winners: true, statistics: false });
    expect(await publicStatistics(undefined)).toBeNull();
    await publish(db.prisma, new Date(Date.now() - 60_000));
    const stats = (await publicStatistics(undefined))!;
    expect(stats.year).toBe(2027);
    expect(stats.entriesPerYear).toEqual([{ key: "2027", label: "2027", value: 4 }]);
    expect(stats.regions.find((r) => r.code === "35.07")?.value).toBe(3);
    expect(stats.regions.find((r) => r.code === "35.73")?.value).toBe(1);
    const stage = Object.fromEntries(stats.stages.map((s) => [s.key, s.value]));
    expect(stage).toMatchObject({
      submitted: 4,
      passed: 3,
      finalists: 2,
      awards: 1,
      kipp: 1,
      "kipp-PASSED_ADMINISTRATION": 1,
      "kipp-TOP_99": 1,
      "kipp-TOP_45": 0,
    });
  });
});
