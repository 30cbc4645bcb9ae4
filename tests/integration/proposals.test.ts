import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import {
  createProposalAction,
  deleteAttachmentAction,
  saveAnswerAction,
  saveFactsAction,
} from "@/lib/proposals/actions";
import { openAttachment, uploadAttachment } from "@/lib/proposals/attachments";
import { getProposalEditor } from "@/lib/proposals/editor";
import * as attachmentRoute from "@/app/api/usulan/[id]/lampiran/[attachmentId]/route";
import { loadActor } from "@/lib/auth/session";
import { setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

const KEPANJEN = "user-operator-kepanjen";
const KENDALKEREP = "user-operator-kendalkerep";

let db: TestDatabase;
let filesDir: string;
let proposalId: string;
let ringkasanId: string;

const asKepanjen = <T>(fn: () => Promise<T>) => runAs(KEPANJEN, fn);
const asKendalkerep = <T>(fn: () => Promise<T>) => runAs(KENDALKEREP, fn);

async function storedFiles(): Promise<string[]> {
  try {
    return (await readdir(path.join(filesDir, "lampiran"))).filter((f) => !f.endsWith(".part"));
  } catch {
    return [];
  }
}

function streamOf(buf: Buffer, chunk = 64 * 1024): AsyncIterable<Uint8Array> {
  return Readable.from(
    (function* () {
      for (let i = 0; i < buf.length; i += chunk) yield buf.subarray(i, i + chunk);
    })(),
  );
}

beforeAll(async () => {
  db = await appDatabase();
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-files-"));
  setFileStorage(new LocalFileStorage(filesDir));
  const section = await db.prisma.formSection.findFirstOrThrow({
    where: { editionId: "edition-2027", key: "ringkasan" },
  });
  ringkasanId = section.id;
});
afterAll(async () => {
  setFileStorage(undefined);
  await rm(filesDir, { recursive: true, force: true });
  await db?.close();
});

describe("creating a proposal", () => {
  it("creates the innovation and a draft under the unit's institution, and audits it", async () => {
    const r = await asKepanjen(() =>
      createProposalAction({ title: "Layanan Antar Obat Lansia", unitId: UNIT_IDS.puskesmasKepanjen }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    proposalId = r.data.id;
    const p = await db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId }, include: { innovation: true } });
    expect(p.status).toBe("DRAFT");
    expect(p.institutionId).toBe(UNIT_IDS.kabMalang);
    expect(p.innovation.name).toBe("Layanan Antar Obat Lansia");
    expect(await db.prisma.auditEntry.count({ where: { action: "proposal.create", entityId: proposalId } })).toBe(1);
  });

  it("refuses a second proposal of the same innovation in the edition, with a clear message", async () => {
    const r = await asKepanjen(() =>
      createProposalAction({ title: "layanan antar obat lansia", unitId: UNIT_IDS.puskesmasKepanjen }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/sudah memiliki usulan pada KOVABLIK 2027/);
    expect(await db.prisma.proposal.count({ where: { unitId: UNIT_IDS.puskesmasKepanjen } })).toBe(1);
  });

  it("refuses to create for a unit the operator does not belong to", async () => {
    const r = await asKendalkerep(() =>
      createProposalAction({ title: "Inovasi Orang Lain", unitId: UNIT_IDS.puskesmasKepanjen }),
    );
    expect(r.ok).toBe(false);
  });
});

describe("autosave of a section", () => {
  it("saves against the version it started from and bumps it", async () => {
    const first = await asKepanjen(() =>
      saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: 0, text: "Obat diantar ke rumah lansia." }),
    );
    expect(first).toMatchObject({ ok: true, data: { saved: true, version: 1 } });
    const second = await asKepanjen(() =>
      saveAnswerAction({
        proposalId,
        sectionId: ringkasanId,
        baseVersion: 1,
        text: "Obat diantar ke rumah lansia setiap pekan.",
      }),
    );
    expect(second).toMatchObject({ ok: true, data: { saved: true, version: 2 } });
    const a = await db.prisma.answer.findUniqueOrThrow({
      where: { proposalId_sectionId: { proposalId, sectionId: ringkasanId } },
    });
    expect(a).toMatchObject({ version: 2, wordCount: 7, updatedById: KEPANJEN });
    // Keystroke saves are not audited (too noisy).
    expect(await db.prisma.auditEntry.count({ where: { entityId: proposalId, action: { contains: "answer" } } })).toBe(
      0,
    );
  });

  it("lets exactly one of two saves from the same version win; the other gets the winner's text", async () => {
    const [a, b] = await Promise.all([
      asKepanjen(() =>
        saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: 2, text: "Teks dari tab pertama." }),
      ),
      runAs("user-adminlokal-kabmalang", () =>
        saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: 2, text: "Teks dari admin lokal." }),
      ),
    ]);
    const results = [a, b].map((r) => (r.ok ? r.data : null));
    const winners = results.filter((r) => r?.saved);
    const losers = results.filter((r) => r && !r.saved);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const stored = await db.prisma.answer.findUniqueOrThrow({
      where: { proposalId_sectionId: { proposalId, sectionId: ringkasanId } },
    });
    expect(stored.version).toBe(3);
    const loser = losers[0]!;
    if (loser.saved) throw new Error("unreachable");
    expect(loser.conflict.value).toBe(stored.text);
    expect(loser.conflict.version).toBe(3);
    expect(loser.conflict.savedBy).toBeTruthy();

    // The loser chooses to keep its own text: it saves against the new version and nothing is lost.
    const keepMine = await asKepanjen(() =>
      saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: 3, text: "Teks gabungan setelah konflik." }),
    );
    expect(keepMine).toMatchObject({ ok: true, data: { saved: true, version: 4 } });
  });

  it("two first saves of an empty section race: one creates it, the other is told", async () => {
    const masalah = await db.prisma.formSection.findFirstOrThrow({
      where: { editionId: "edition-2027", key: "masalah" },
    });
    const [a, b] = await Promise.all([
      asKepanjen(() => saveAnswerAction({ proposalId, sectionId: masalah.id, baseVersion: 0, text: "satu" })),
      asKepanjen(() => saveAnswerAction({ proposalId, sectionId: masalah.id, baseVersion: 0, text: "dua" })),
    ]);
    const saved = [a, b].filter((r) => r.ok && r.data.saved);
    const told = [a, b].filter((r) => r.ok && !r.data.saved);
    expect(saved).toHaveLength(1);
    expect(told).toHaveLength(1);
  });

  it("refuses a section over its word limit and keeps the stored text", async () => {
    const before = await db.prisma.answer.findUniqueOrThrow({
      where: { proposalId_sectionId: { proposalId, sectionId: ringkasanId } },
    });
    const tooLong = Array.from({ length: 201 }, (_, i) => `kata${i}`).join(" ");
    const r = await asKepanjen(() =>
      saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: before.version, text: tooLong }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/201 kata, melebihi batas 200 kata/);
    const after = await db.prisma.answer.findUniqueOrThrow({
      where: { proposalId_sectionId: { proposalId, sectionId: ringkasanId } },
    });
    expect(after.text).toBe(before.text);
    expect(after.version).toBe(before.version);
  });

  it("saves the facts with the proposal's version and refuses a stale one", async () => {
    const p = await db.prisma.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    const facts = {
      title: "Layanan Antar Obat Lansia",
      implementationStartedOn: "2024-03-01",
      groupId: "",
      categoryId: "",
      sdgs: [3, 10],
      replicatedInnovationId: "",
      innovators: [{ name: "dr. Sari", nip: "198501012010012001", position: "Kepala Puskesmas" }],
      videoUrl: "https://youtu.be/contoh",
      priorAwards: "",
    };
    const ok = await asKepanjen(() => saveFactsAction({ proposalId, baseVersion: p.version, facts }));
    expect(ok).toMatchObject({ ok: true, data: { saved: true, version: p.version + 1 } });
    const stale = await asKepanjen(() =>
      saveFactsAction({ proposalId, baseVersion: p.version, facts: { ...facts, sdgs: [1] } }),
    );
    expect(stale.ok && !stale.data.saved && stale.data.conflict.value.sdgs).toEqual([3, 10]);
    expect(await db.prisma.proposalInnovator.count({ where: { proposalId } })).toBe(1);
    const badNip = await asKepanjen(() =>
      saveFactsAction({
        proposalId,
        baseVersion: p.version + 1,
        facts: { ...facts, innovators: [{ name: "X Y", nip: "123", position: "" }] },
      }),
    );
    expect(badNip.ok).toBe(false);
  });
});

describe("another unit's proposal", () => {
  it("cannot be read, saved, uploaded to or downloaded by an operator of Kota Malang", async () => {
    const kendalkerep = (await loadActor(KENDALKEREP))!;
    await expect(getProposalEditor(kendalkerep, proposalId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const save = await asKendalkerep(() =>
      saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: 4, text: "Disusupi." }),
    );
    expect(save.ok).toBe(false);
    const facts = await asKendalkerep(() =>
      saveFactsAction({
        proposalId,
        baseVersion: 1,
        facts: {
          title: "Diubah orang lain",
          implementationStartedOn: "",
          groupId: "",
          categoryId: "",
          sdgs: [],
          replicatedInnovationId: "",
          innovators: [],
          videoUrl: "",
          priorAwards: "",
        },
      }),
    );
    expect(facts.ok).toBe(false);
    await expect(
      uploadAttachment(kendalkerep, {
        proposalId,
        kind: "SK_DECREE",
        fileName: "sk.pdf",
        body: streamOf(Buffer.from("%PDF-1.4\n...")),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const kepanjen = (await loadActor(KEPANJEN))!;
    const att = await uploadAttachment(kepanjen, {
      proposalId,
      kind: "SUPPORTING_DOCUMENT",
      fileName: "pendukung.pdf",
      body: streamOf(Buffer.from("%PDF-1.7\nisi dokumen pendukung\n%%EOF")),
    });
    await expect(openAttachment(kendalkerep, proposalId, att.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const del = await asKendalkerep(() => deleteAttachmentAction({ proposalId, attachmentId: att.id }));
    expect(del.ok).toBe(false);
    const stored = await db.prisma.answer.findUniqueOrThrow({
      where: { proposalId_sectionId: { proposalId, sectionId: ringkasanId } },
    });
    expect(stored.text).not.toBe("Disusupi.");
    // The admin lokal of Kabupaten Malang (the institution) may read it.
    const adminLokal = (await loadActor("user-adminlokal-kabmalang"))!;
    await expect(getProposalEditor(adminLokal, proposalId)).resolves.toMatchObject({ id: proposalId });
  });
});

describe("deadlines", () => {
  it("refuses edits after registration closes unless this proposal has an extension", async () => {
    const edition = await db.prisma.edition.findUniqueOrThrow({ where: { id: "edition-2027" } });
    const closed = new Date(Date.now() - 60_000);
    await db.prisma.edition.update({ where: { id: edition.id }, data: { registrationClosesAt: closed } });
    try {
      const a = await db.prisma.answer.findUniqueOrThrow({
        where: { proposalId_sectionId: { proposalId, sectionId: ringkasanId } },
      });
      const late = await asKepanjen(() =>
        saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: a.version, text: "Terlambat." }),
      );
      expect(late.ok).toBe(false);
      if (!late.ok) expect(late.error).toMatch(/Batas waktu pendaftaran telah lewat/);
      const created = await asKepanjen(() =>
        createProposalAction({ title: "Inovasi Terlambat", unitId: UNIT_IDS.puskesmasKepanjen }),
      );
      expect(created.ok).toBe(false);
      if (!created.ok) expect(created.error).toMatch(/Pendaftaran telah ditutup/);

      await db.prisma.proposal.update({
        where: { id: proposalId },
        data: { extensionUntil: new Date(Date.now() + 86_400_000) },
      });
      const extended = await asKepanjen(() =>
        saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: a.version, text: "Dengan perpanjangan." }),
      );
      expect(extended).toMatchObject({ ok: true, data: { saved: true } });
    } finally {
      await db.prisma.edition.update({
        where: { id: edition.id },
        data: { registrationClosesAt: edition.registrationClosesAt },
      });
      await db.prisma.proposal.update({ where: { id: proposalId }, data: { extensionUntil: null } });
    }
  });
});

describe("status", () => {
  it("once with the admin lokal, the operator can no longer save but the admin lokal can", async () => {
    await db.prisma.proposal.update({ where: { id: proposalId }, data: { status: "WITH_UNIT_ADMIN" } });
    try {
      const a = await db.prisma.answer.findUniqueOrThrow({
        where: { proposalId_sectionId: { proposalId, sectionId: ringkasanId } },
      });
      const op = await asKepanjen(() =>
        saveAnswerAction({ proposalId, sectionId: ringkasanId, baseVersion: a.version, text: "Operator terlambat." }),
      );
      expect(op.ok).toBe(false);
      if (!op.ok) expect(op.error).toMatch(/tidak berwenang mengubah usulan pada tahap ini/);
      const admin = await runAs("user-adminlokal-kabmalang", () =>
        saveAnswerAction({
          proposalId,
          sectionId: ringkasanId,
          baseVersion: a.version,
          text: "Diperbaiki admin lokal.",
        }),
      );
      expect(admin).toMatchObject({ ok: true, data: { saved: true } });
    } finally {
      await db.prisma.proposal.update({ where: { id: proposalId }, data: { status: "DRAFT" } });
    }
  });
});

describe("attachments", () => {
  it("refuses a file over the limit and stores nothing", async () => {
    const kepanjen = (await loadActor(KEPANJEN))!;
    const before = await storedFiles();
    const big = Buffer.alloc(26 * 1024 * 1024, 0x20);
    big.write("%PDF-1.4\n", 0);
    await expect(
      uploadAttachment(kepanjen, {
        proposalId,
        kind: "SUPPORTING_DOCUMENT",
        fileName: "besar.pdf",
        body: streamOf(big),
      }),
    ).rejects.toThrow("Ukuran berkas melebihi batas 25 MB");
    // Refused up front when the size is declared.
    await expect(
      uploadAttachment(kepanjen, {
        proposalId,
        kind: "SUPPORTING_DOCUMENT",
        fileName: "besar.pdf",
        body: streamOf(big),
        declaredSize: big.length,
      }),
    ).rejects.toThrow("Ukuran berkas melebihi batas 25 MB");
    expect(await storedFiles()).toEqual(before);
    expect(await db.prisma.attachment.count({ where: { proposalId, fileName: "besar.pdf" } })).toBe(0);
  });

  it("refuses a program renamed .pdf and stores nothing", async () => {
    const kepanjen = (await loadActor(KEPANJEN))!;
    const before = await storedFiles();
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.alloc(4096, 1)]);
    await expect(
      uploadAttachment(kepanjen, { proposalId, kind: "SK_DECREE", fileName: "sk.pdf", body: streamOf(exe) }),
    ).rejects.toThrow("Berkas bukan PDF yang valid");
    expect(await storedFiles()).toEqual(before);
  });

  it("stores a valid PDF with its sha256, lets the unit download it, and respects maxFiles", async () => {
    const kepanjen = (await loadActor(KEPANJEN))!;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const att = await uploadAttachment(kepanjen, {
      proposalId,
      kind: "SK_DECREE",
      fileName: "C:\\dok\\SK Inovasi.pdf",
      body: streamOf(pdf),
    });
    const { createHash } = await import("node:crypto");
    expect(att).toMatchObject({
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      fileName: "SK Inovasi.pdf",
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    const opened = await openAttachment(kepanjen, proposalId, att.id);
    const chunks: Buffer[] = [];
    for await (const c of opened.stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(pdf)).toBe(true);
    expect(
      await db.prisma.auditEntry.count({ where: { action: "proposal.attachment.upload", entityId: proposalId } }),
    ).toBeGreaterThan(0);

    // The SK takes one file: a second is refused until the first is deleted (soft).
    await expect(
      uploadAttachment(kepanjen, { proposalId, kind: "SK_DECREE", fileName: "sk2.pdf", body: streamOf(pdf) }),
    ).rejects.toThrow(/paling banyak 1 berkas/);
    const del = await asKepanjen(() => deleteAttachmentAction({ proposalId, attachmentId: att.id }));
    expect(del.ok).toBe(true);
    expect((await db.prisma.attachment.findUniqueOrThrow({ where: { id: att.id } })).deletedAt).not.toBeNull();
    await expect(openAttachment(kepanjen, proposalId, att.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await uploadAttachment(kepanjen, {
      proposalId,
      kind: "SK_DECREE",
      fileName: "sk2.pdf",
      body: streamOf(pdf),
    });
    expect(again.id).not.toBe(att.id);
  });

  it("accepts PNG and JPEG photos by their bytes only", async () => {
    const kepanjen = (await loadActor(KEPANJEN))!;
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]);
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(100)]);
    await expect(
      uploadAttachment(kepanjen, { proposalId, kind: "PHOTO", fileName: "a.png", body: streamOf(png, 3) }),
    ).resolves.toMatchObject({ contentType: "image/png" });
    await expect(
      uploadAttachment(kepanjen, { proposalId, kind: "PHOTO", fileName: "b.jpg", body: streamOf(jpeg) }),
    ).resolves.toMatchObject({ contentType: "image/jpeg" });
    await expect(
      uploadAttachment(kepanjen, {
        proposalId,
        kind: "PHOTO",
        fileName: "c.jpg",
        body: streamOf(Buffer.from("%PDF-1.4 bukan foto")),
      }),
    ).rejects.toThrow("Berkas bukan gambar JPEG atau PNG yang valid");
  });

  it("serves a file inline to the reviewers in scope (admin lokal, secretariat) and refuses another institution", async () => {
    const kepanjen = (await loadActor(KEPANJEN))!;
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const att = await uploadAttachment(kepanjen, {
      proposalId,
      kind: "SUPPORTING_DOCUMENT",
      fileName: "SK untuk juri.pdf",
      body: streamOf(pdf),
    });
    const get = (who: string) =>
      runAs(who, () =>
        attachmentRoute.GET(new Request(`http://localhost/api/usulan/${proposalId}/lampiran/${att.id}`), {
          params: Promise.resolve({ id: proposalId, attachmentId: att.id }),
        }),
      );
    for (const reviewer of ["user-adminlokal-kabmalang", "user-admin"]) {
      const res = await get(reviewer);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="SK untuk juri.pdf"/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    }
    const outsider = await get(KENDALKEREP);
    expect(outsider.status).toBe(403);
    expect(await outsider.json()).toEqual({
      ok: false,
      error: "Anda tidak berwenang melakukan tindakan ini.",
      code: "FORBIDDEN",
    });
  });
});
