// Photos on the public innovation page (issue 12 item 3): an entry's image attachments of kind PHOTO are listed
// and downloadable only while the entry is public (lib/public-site/visibility.ts) and the secretariat chose to
// publish photos for its edition; any other photo answers the same 404 as one that does not exist.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as photoRoute } from "@/app/publik/[lang]/inovasi/[id]/foto/[photoId]/route";
import { runAs } from "@/lib/auth/session";
import { updatePublicSettingsAction } from "@/lib/public-site/actions";
import { publicInnovation } from "@/lib/public-site/queries";
import { fileStorage, setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { DEMO_EDITION } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";
import { confirmedResult, publish } from "../helpers/results";

const ADMIN = "user-admin";
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("foto satu")]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("foto dua")]);

let db: TestDatabase;
let filesDir: string;
const ids = { winner: "", other: "", hidden: "" };
const photo = { png: "", jpeg: "", deleted: "", pdf: "", otherEntry: "", hiddenEntry: "", notPhoto: "" };

let stored = 0;
async function attach(
  proposalId: string,
  f: { kind?: "PHOTO" | "SK_DECREE"; fileName: string; contentType: string; body: Buffer; deleted?: boolean },
) {
  const storageKey = `lampiran/uji${++stored}`;
  await fileStorage().put(
    storageKey,
    (async function* () {
      yield f.body;
    })(),
  );
  const a = await db.prisma.attachment.create({
    data: {
      proposalId,
      kind: f.kind ?? "PHOTO",
      fileName: f.fileName,
      contentType: f.contentType,
      sizeBytes: f.body.length,
      sha256: createHash("sha256").update(f.body).digest("hex"),
      storageKey,
      uploadedAt: new Date(Date.now() - 1000 * (100 - stored)),
      deletedAt: f.deleted ? new Date() : null,
    },
  });
  return a.id;
}

beforeAll(async () => {
  db = await appDatabase();
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-public-photos-"));
  setFileStorage(new LocalFileStorage(filesDir));
  const p = db.prisma;
  // "bare": no fixture attachments, so every file below is one the test names.
  ids.winner = (await createProposal(p, { status: "PASSED", title: "Inovasi Berfoto", content: "bare" })).id;
  ids.other = (await createProposal(p, { status: "PASSED", title: "Inovasi Lain", content: "bare" })).id;
  ids.hidden = (await createProposal(p, { status: "PASSED", title: "Inovasi Disembunyikan", content: "bare" })).id;
  await p.proposal.update({ where: { id: ids.hidden }, data: { publicHidden: true } });
  photo.png = await attach(ids.winner, { fileName: "kegiatan.png", contentType: "image/png", body: PNG });
  photo.jpeg = await attach(ids.winner, { fileName: "warga.jpg", contentType: "image/jpeg", body: JPEG });
  photo.deleted = await attach(ids.winner, {
    fileName: "salah.png",
    contentType: "image/png",
    body: PNG,
    deleted: true,
  });
  photo.pdf = await attach(ids.winner, {
    fileName: "foto.pdf",
    contentType: "application/pdf",
    body: Buffer.from("%PDF-1.7"),
  });
  photo.notPhoto = await attach(ids.winner, {
    kind: "SK_DECREE",
    fileName: "sk.png",
    contentType: "image/png",
    body: PNG,
  });
  photo.otherEntry = await attach(ids.other, { fileName: "lain.png", contentType: "image/png", body: PNG });
  photo.hiddenEntry = await attach(ids.hidden, { fileName: "rahasia.png", contentType: "image/png", body: PNG });
  await confirmedResult(p, [
    { proposalId: ids.winner, awards: ["Terbaik 1"] },
    { proposalId: ids.other },
    { proposalId: ids.hidden },
  ]);
});
afterAll(async () => {
  setFileStorage(undefined);
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
  await db?.close();
});

const get = (id: string, photoId: string, headers: Record<string, string> = {}, lang = "id") =>
  runAs(null, () =>
    photoRoute(new Request(`http://localhost/inovasi/${id}/foto/${photoId}`, { headers }), {
      params: Promise.resolve({ lang, id, photoId }),
    }),
  );

async function choose(fields: ("videoUrl" | "photos")[]) {
  const r = await runAs(ADMIN, () =>
    updatePublicSettingsAction({
      editionId: DEMO_EDITION.id,
      statisticsPublished: false,
      publicProposalFields: fields,
    }),
  );
  expect(r).toMatchObject({ ok: true });
}

async function expectNotFound(id: string, photoId: string, what: string) {
  const res = await get(id, photoId);
  expect(res.status, what).toBe(404);
  expect(await res.text(), what).toBe("Foto tidak ditemukan.");
}

describe("photos on the public innovation page", () => {
  it("show nothing before the results are published, even when photos are chosen", async () => {
    await choose(["photos"]);
    await publish(db.prisma, new Date(Date.now() + 86_400_000));
    expect(await publicInnovation(ids.winner)).toBeNull();
    await expectNotFound(ids.winner, photo.png, "unpublished edition");
  });

  it("show nothing while the edition does not publish photos", async () => {
    await publish(db.prisma, new Date(Date.now() - 60_000));
    await choose(["videoUrl"]);
    const page = await publicInnovation(ids.winner);
    expect(page?.title).toBe("Inovasi Berfoto");
    expect(page?.photos).toEqual([]);
    await expectNotFound(ids.winner, photo.png, "photos not chosen");
  });

  it("list the entry's own image photos, oldest first, and serve them once the admin publishes photos", async () => {
    await choose(["videoUrl", "photos"]);
    const page = await publicInnovation(ids.winner);
    expect(page?.photos).toEqual([
      { id: photo.png, fileName: "kegiatan.png" },
      { id: photo.jpeg, fileName: "warga.jpg" },
    ]);
    const res = await get(ids.winner, photo.png);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    const etag = res.headers.get("etag");
    expect(etag).toBe(`"${createHash("sha256").update(PNG).digest("hex")}"`);
    // The browser's copy is still good: no body sent again.
    const again = await get(ids.winner, photo.png, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await get(ids.winner, photo.jpeg)).headers.get("content-type")).toBe("image/jpeg");
    expect((await get(ids.winner, photo.jpeg, {}, "en")).status).toBe(200);
  });

  it("answer the same 404 for every photo that is not public, or not a published photo at all", async () => {
    await expectNotFound(ids.winner, photo.deleted, "a deleted photo");
    await expectNotFound(ids.winner, photo.pdf, "a PHOTO attachment that is not an image");
    await expectNotFound(ids.winner, photo.notPhoto, "an image that is not a PHOTO attachment");
    await expectNotFound(ids.winner, photo.otherEntry, "another entry's photo under this entry");
    await expectNotFound(ids.hidden, photo.hiddenEntry, "a withheld entry's photo");
    await expectNotFound(ids.winner, "tidak-ada", "an unknown photo");
    await expectNotFound("tidak-ada", photo.png, "an unknown entry");
    await expectNotFound(ids.winner, "../../etc/passwd", "a malformed id");
    expect((await get(ids.winner, photo.png, {}, "fr")).status).toBe(404);
    // The other entry's own photo is public under its own address.
    expect((await get(ids.other, photo.otherEntry)).status).toBe(200);
  });

  it("are withdrawn at once when the results are unpublished or the entry is withheld", async () => {
    await db.prisma.proposal.update({ where: { id: ids.winner }, data: { publicHidden: true } });
    await expectNotFound(ids.winner, photo.png, "entry withheld after publication");
    await db.prisma.proposal.update({ where: { id: ids.winner }, data: { publicHidden: false } });
    expect((await get(ids.winner, photo.png)).status).toBe(200);
    await publish(db.prisma, new Date(Date.now() - 60_000), {});
    await expectNotFound(ids.winner, photo.png, "results unpublished");
    expect(await publicInnovation(ids.winner)).toBeNull();
  });
});
