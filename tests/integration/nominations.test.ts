// Nominating winners to KIPP: the national rules (age, earlier national award, the institution's quota) refuse
// with a reason; outcomes form a history that only moves forward; the dossier ZIP holds the proposal PDF in the
// national section order, data.json and the attachments; the public sees the national outcome once winners are.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as dossierRoute } from "@/app/api/admin/kipp/[nominationId]/berkas/route";
import { runAs } from "@/lib/auth/session";
import { nominateAction, recordOutcomeAction, withdrawNominationAction } from "@/lib/nominations/actions";
import { nationalOutcomeFor } from "@/lib/nominations/nominations-queries";
import { fileStorage, setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";
import { confirmedResult, publish } from "../helpers/results";

let db: TestDatabase;
let filesDir: string;
const ADMIN = "user-admin";
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await appDatabase();
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-kipp-"));
  setFileStorage(new LocalFileStorage(filesDir));
  const p = db.prisma;
  await p.edition.update({ where: { id: DEMO_EDITION.id }, data: { nationalQuotaPerInstitution: 2 } });
  const make = async (key: string, f: Parameters<typeof createProposal>[1] = {}) =>
    (ids[key] = (await createProposal(p, { status: "PASSED", title: `Inovasi ${key}`, ...f })).id);
  await make("first");
  await make("second");
  await make("third");
  await make("young", { startedOn: new Date(Date.now() - 100 * 86_400_000) });
  await make("kota", { unitId: UNIT_IDS.puskesmasKendalkerep, institutionId: UNIT_IDS.kotaMalang });
  await make("participant");
  // An innovation that already reached Top 45 nationally in 2025, entered again in this edition.
  const earlier = await p.edition.create({ data: { year: 2025, theme: "Edisi lalu" } });
  const again = await createProposal(p, { status: "PASSED", title: "Inovasi juara nasional" });
  ids.again = again.id;
  const old = await p.proposal.create({
    data: {
      editionId: earlier.id,
      innovationId: again.innovationId,
      unitId: again.unitId,
      institutionId: again.institutionId,
      title: "Inovasi juara nasional",
      status: "PASSED",
    },
  });
  await p.nomination.create({
    data: { proposalId: old.id, outcomes: { create: [{ stage: "SUBMITTED" }, { stage: "TOP_45" }] } },
  });
  await confirmedResult(p, [
    { proposalId: ids.first!, awards: ["Terbaik 1"] },
    { proposalId: ids.second! },
    { proposalId: ids.young! },
    { proposalId: ids.again! },
    { proposalId: ids.kota! },
    { proposalId: ids.third! },
    { proposalId: ids.participant!, tier: "PARTICIPANT" },
  ]);
  // The first entry's files, in the store, for the dossier.
  const files = [
    { kind: "SK_DECREE" as const, fileName: "sk-inovasi.pdf", body: "%PDF-1.4 sk" },
    { kind: "PHOTO" as const, fileName: "foto kegiatan.jpg", body: "\xff\xd8\xff foto" },
  ];
  await p.attachment.deleteMany({ where: { proposalId: ids.first } });
  for (const f of files) {
    const storageKey = `lampiran/kipp-${f.kind.toLowerCase()}`;
    await fileStorage().put(storageKey, Readable.from([Buffer.from(f.body, "latin1")]));
    await p.attachment.create({
      data: {
        proposalId: ids.first!,
        kind: f.kind,
        fileName: f.fileName,
        contentType: f.kind === "PHOTO" ? "image/jpeg" : "application/pdf",
        sizeBytes: f.body.length,
        sha256: "0".repeat(64),
        storageKey,
      },
    });
  }
});
afterAll(async () => {
  setFileStorage(undefined);
  await rm(filesDir, { recursive: true, force: true });
  await db?.close();
});

const nominate = (proposalId: string, who = ADMIN) =>
  runAs(who, () => nominateAction({ proposalId, sinovikRef: "", notes: "" }));
const outcome = (nominationId: string, stage: string, at = "2027-08-01") =>
  runAs(ADMIN, () => recordOutcomeAction({ nominationId, stage, at, note: "" }));
const nominationOf = (proposalId: string) => db.prisma.nomination.findUnique({ where: { proposalId } });

describe("nominating to KIPP", () => {
  it("nominates a winner that meets the national rules, keeping the checks and an audit entry", async () => {
    const r = await nominate(ids.first!);
    expect(r).toMatchObject({ ok: true });
    const n = await nominationOf(ids.first!);
    expect(n?.nominatedById).toBe(ADMIN);
    expect((n?.checks as { rule: string; passed: boolean }[]).map((c) => [c.rule, c.passed])).toEqual([
      ["implementation-age", true],
      ["earlier-national-award", true],
      ["national-quota", true],
    ]);
    const audit = await db.prisma.auditEntry.findFirst({ where: { action: "nomination.create", entityId: n!.id } });
    expect(audit?.actorId).toBe(ADMIN);
  });

  it("refuses an innovation younger than the minimum implementation age", async () => {
    const r = await nominate(ids.young!);
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!r.ok && r.error).toContain("KIPP mensyaratkan minimal 1 tahun");
    expect(await nominationOf(ids.young!)).toBeNull();
  });

  it("refuses an innovation that already won nationally in an earlier edition", async () => {
    const r = await nominate(ids.again!);
    expect(!r.ok && r.error).toContain("sudah meraih Top 45 KIPP pada 2025");
  });

  it("refuses over the institution's national quota, and counts each institution apart", async () => {
    expect(await nominate(ids.second!)).toMatchObject({ ok: true });
    const over = await nominate(ids.third!);
    expect(!over.ok && over.error).toContain("sudah memakai seluruh kuota nasional (2 nominasi)");
    expect(await nominate(ids.kota!)).toMatchObject({ ok: true });
  });

  it("refuses an entry that is not a winner of the confirmed result, and a second nomination", async () => {
    const r = await nominate(ids.participant!);
    expect(!r.ok && r.error).toContain("Hanya usulan Top N");
    const twice = await nominate(ids.first!);
    expect(!twice.ok && twice.error).toContain("sudah dinominasikan");
  });

  it("is the secretariat's alone", async () => {
    const r = await nominate(ids.third!, "user-adminlokal-kabmalang");
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("the national outcome", () => {
  it("keeps a history that only moves forward, and is public once the winners are", async () => {
    const n = (await nominationOf(ids.first!))!;
    expect(await nationalOutcomeFor(ids.first!)).toBeNull();
    expect(await outcome(n.id, "SUBMITTED", "2027-07-01")).toMatchObject({ ok: true });
    expect(await outcome(n.id, "TOP_99", "2027-08-15")).toMatchObject({ ok: true });
    const back = await outcome(n.id, "PASSED_ADMINISTRATION");
    expect(!back.ok && back.error).toContain("sebelum tahap terakhir");
    const again = await outcome(n.id, "TOP_99");
    expect(!again.ok && again.error).toContain("sudah tercatat");
    const history = await db.prisma.nominationOutcome.findMany({
      where: { nominationId: n.id },
      orderBy: { at: "asc" },
    });
    expect(history.map((h) => h.stage)).toEqual(["SUBMITTED", "TOP_99"]);
    expect(await db.prisma.auditEntry.count({ where: { action: "nomination.record-outcome", entityId: n.id } })).toBe(
      2,
    );

    // Hidden until the edition's winners are published.
    expect(await nationalOutcomeFor(ids.first!)).toBeNull();
    await publish(db.prisma, new Date(Date.now() - 60_000));
    expect(await nationalOutcomeFor(ids.first!)).toMatchObject({ stage: "TOP_99", label: "Top 99 KIPP" });
  });

  it("cannot be withdrawn once a national outcome is recorded; before, it can", async () => {
    const first = (await nominationOf(ids.first!))!;
    const refused = await runAs(ADMIN, () =>
      withdrawNominationAction({ nominationId: first.id, reason: "Salah pilih." }),
    );
    expect(!refused.ok && refused.error).toContain("tidak dapat ditarik");
    const kota = (await nominationOf(ids.kota!))!;
    const ok = await runAs(ADMIN, () =>
      withdrawNominationAction({ nominationId: kota.id, reason: "Instansi mundur." }),
    );
    expect(ok).toMatchObject({ ok: true });
    expect(await nominationOf(ids.kota!)).toBeNull();
    expect(await db.prisma.auditEntry.count({ where: { action: "nomination.withdraw", entityId: kota.id } })).toBe(1);
  });
});

describe("the dossier", () => {
  const download = (who: string | null, nominationId: string) =>
    runAs(who, () =>
      dossierRoute(new Request(`http://localhost/api/admin/kipp/${nominationId}/berkas`), {
        params: Promise.resolve({ nominationId }),
      }),
    );

  it("is a ZIP with the proposal PDF in the national order, data.json and the attachments", async () => {
    const n = (await nominationOf(ids.first!))!;
    const res = await download(ADMIN, n.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toContain("dosier-kipp-2027-inovasi-first.zip");
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      "data.json",
      "dosier-kipp-2027-inovasi-first.pdf",
      "lampiran/01-sk-inovasi.pdf",
      "lampiran/02-foto kegiatan.jpg",
    ]);
    expect(strFromU8(files["dosier-kipp-2027-inovasi-first.pdf"]!.slice(0, 5))).toBe("%PDF-");
    expect(strFromU8(files["lampiran/01-sk-inovasi.pdf"]!)).toBe("%PDF-1.4 sk");
    const data = JSON.parse(strFromU8(files["data.json"]!));
    expect(data).toMatchObject({
      format: "kovablik-kipp-dossier/1",
      edition: { year: 2027 },
      proposal: { title: "Inovasi first", institution: "Kabupaten Malang" },
      provincialResult: { rank: 1, awards: ["Terbaik 1"] },
    });
    // The seeded form: ringkasan, masalah, kebaruan, implementasi, dampak, replikasi, keberlanjutan, tpb.
    expect(data.sections.map((s: { formKey: string }) => s.formKey)).toEqual([
      "ringkasan",
      "masalah",
      "kebaruan",
      "implementasi",
      "dampak",
      "replikasi",
      "keberlanjutan",
      "tpb",
    ]);
    expect(data.sections[4]).toMatchObject({ nationalTitle: "Signifikansi", formKey: "dampak" });
    expect(data.sections[7]).toMatchObject({ nationalKey: null, formKey: "tpb" });
    expect(data.attachments.map((a: { path: string; missing: boolean }) => [a.path, a.missing])).toEqual([
      ["lampiran/01-sk-inovasi.pdf", false],
      ["lampiran/02-foto kegiatan.jpg", false],
    ]);
  });

  it("is refused to anyone but the secretariat", async () => {
    const n = (await nominationOf(ids.first!))!;
    expect((await download("user-adminlokal-kabmalang", n.id)).status).toBe(403);
    expect((await download(null, n.id)).status).toBe(401);
    expect((await download(ADMIN, "tidak-ada")).status).toBe(404);
  });
});
