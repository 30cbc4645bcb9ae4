// The edition's guidebook (juknis): the secretariat uploads a PDF through the route handler, every visitor
// downloads it; anything else is refused with a message and leaves nothing behind.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as removeRoute, GET as downloadRoute, POST as uploadRoute } from "@/app/api/juknis/[year]/route";
import { runAs } from "@/lib/auth/session";
import { GUIDEBOOK_MAX_BYTES } from "@/lib/guidebooks/guidebooks";
import { setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { DEMO_EDITION } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let filesDir: string;
beforeAll(async () => {
  db = await appDatabase();
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-guidebook-"));
  setFileStorage(new LocalFileStorage(filesDir));
});
afterAll(async () => {
  setFileStorage(undefined);
  await rm(filesDir, { recursive: true, force: true });
  await db?.close();
});

const ADMIN = "user-admin";
const YEAR = String(DEMO_EDITION.year);
const URL_ = `http://localhost:3000/api/juknis/${YEAR}`;
const ctx = (year = YEAR) => ({ params: Promise.resolve({ year }) });
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

function uploadRequest(body: Buffer, fileName: string, headers: Record<string, string> = {}) {
  return new Request(URL_, {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(fileName),
      "content-length": String(body.length),
      ...headers,
    },
    body: new Uint8Array(body),
  });
}

const upload = (who: string | null, body: Buffer, fileName: string, headers?: Record<string, string>) =>
  runAs(who, () => uploadRoute(uploadRequest(body, fileName, headers), ctx()));
const download = (year = YEAR) =>
  runAs(null, () => downloadRoute(new Request(`http://localhost:3000/api/juknis/${year}`), ctx(year)));

/** Every file under the store (partial files included), to prove a refusal left nothing behind. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(filesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe("guidebook (juknis)", () => {
  it("is not there before an upload: the public download answers 404 with a message", async () => {
    const res = await download();
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/Petunjuk teknis/);
  });

  it("an admin uploads a PDF and a signed-out visitor downloads exactly those bytes", async () => {
    const body = pdf("juknis pertama");
    const res = await upload(ADMIN, body, "Juknis KOVABLIK 2027.pdf");
    expect(res.status).toBe(201);

    const got = await download();
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("content-disposition")).toContain("Juknis KOVABLIK 2027.pdf");
    expect(Buffer.from(await got.arrayBuffer()).equals(body)).toBe(true);

    const audit = await db.prisma.auditEntry.findFirst({
      where: { action: "guidebook.upload" },
      orderBy: { at: "desc" },
    });
    expect(audit?.actorId).toBe(ADMIN);
  });

  it("replacing serves the new file and removes the old one from storage", async () => {
    const before = await storedFiles();
    expect(before).toHaveLength(1);
    const body = pdf("juknis revisi");
    expect((await upload(ADMIN, body, "juknis-revisi.pdf")).status).toBe(201);
    const got = await download();
    expect(Buffer.from(await got.arrayBuffer()).equals(body)).toBe(true);
    const after = await storedFiles();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
  });

  it("refuses a file that is not a PDF, says so, and changes nothing", async () => {
    const filesBefore = await storedFiles();
    const rowBefore = await db.prisma.guidebook.findUniqueOrThrow({ where: { editionId: DEMO_EDITION.id } });

    // An HTML page renamed to .pdf: the bytes decide.
    const disguised = await upload(ADMIN, Buffer.from("<html><script>alert(1)</script></html>"), "juknis.pdf");
    expect(disguised.status).toBe(400);
    expect(((await disguised.json()) as { error: string }).error).toBe(
      "Berkas bukan PDF yang valid. Petunjuk teknis harus diunggah dalam format PDF.",
    );

    // A real PDF with another name: refused before reading, so it is never saved under a misleading name.
    const wrongName = await upload(ADMIN, pdf("x"), "juknis.docx");
    expect(wrongName.status).toBe(400);
    expect(((await wrongName.json()) as { error: string }).error).toMatch(/berakhiran \.pdf/);

    const tooLarge = await upload(ADMIN, pdf("x"), "juknis.pdf", { "content-length": String(GUIDEBOOK_MAX_BYTES + 1) });
    expect(tooLarge.status).toBe(400);
    expect(((await tooLarge.json()) as { error: string }).error).toMatch(/melebihi batas 20 MB/);

    expect(await storedFiles()).toEqual(filesBefore);
    expect(await db.prisma.guidebook.findUniqueOrThrow({ where: { editionId: DEMO_EDITION.id } })).toEqual(rowBefore);
  });

  it("cuts off an oversize PDF while streaming when no size was declared, and keeps nothing", async () => {
    const filesBefore = await storedFiles();
    const big = Buffer.alloc(GUIDEBOOK_MAX_BYTES + 1, 0x20);
    pdf("besar").copy(big);
    const request = new Request(URL_, {
      method: "POST",
      headers: { "content-type": "application/octet-stream", "x-file-name": "juknis-besar.pdf" },
      body: new Uint8Array(big),
    });
    expect(request.headers.get("content-length")).toBeNull();
    const res = await runAs(ADMIN, () => uploadRoute(request, ctx()));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/melebihi batas 20 MB/);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it("refuses anyone but the secretariat, and a cross-origin request even from the admin", async () => {
    const filesBefore = await storedFiles();
    const rowBefore = await db.prisma.guidebook.findUniqueOrThrow({ where: { editionId: DEMO_EDITION.id } });
    for (const who of [null, "user-adminlokal-kabmalang", "user-operator-kepanjen", "user-juri"]) {
      const res = await upload(who, pdf("bukan admin"), "juknis.pdf");
      expect(res.status, String(who)).toBe(who ? 403 : 401);
      const del = await runAs(who, () => removeRoute(new Request(URL_, { method: "DELETE" }), ctx()));
      expect(del.status, String(who)).toBe(who ? 403 : 401);
    }
    const forged = await upload(ADMIN, pdf("palsu"), "juknis.pdf", {
      origin: "https://contoh.example",
      "sec-fetch-site": "cross-site",
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: string }).error).toMatch(/tidak berasal dari halaman Portal KOVABLIK/);
    const forgedDelete = await runAs(ADMIN, () =>
      removeRoute(
        new Request(URL_, {
          method: "DELETE",
          headers: { origin: "https://contoh.example", "sec-fetch-site": "cross-site" },
        }),
        ctx(),
      ),
    );
    expect(forgedDelete.status).toBe(403);

    expect(await storedFiles()).toEqual(filesBefore);
    expect(await db.prisma.guidebook.findUniqueOrThrow({ where: { editionId: DEMO_EDITION.id } })).toEqual(rowBefore);
  });

  it("a draft edition's guidebook is not public until the edition opens", async () => {
    await db.prisma.edition.update({ where: { id: DEMO_EDITION.id }, data: { status: "DRAFT" } });
    try {
      expect((await download()).status).toBe(404);
    } finally {
      await db.prisma.edition.update({ where: { id: DEMO_EDITION.id }, data: { status: DEMO_EDITION.status } });
    }
    expect((await download()).status).toBe(200);
  });

  it("an admin removes it: the download is gone, and so is the file", async () => {
    const res = await runAs(ADMIN, () => removeRoute(new Request(URL_, { method: "DELETE" }), ctx()));
    expect(res.status).toBe(200);
    expect((await download()).status).toBe(404);
    expect(await storedFiles()).toEqual([]);
    const again = await runAs(ADMIN, () => removeRoute(new Request(URL_, { method: "DELETE" }), ctx()));
    expect(again.status).toBe(404);
  });

  it("answers 404 for an unknown or malformed year", async () => {
    expect((await download("1999")).status).toBe(404);
    expect((await download("../etc")).status).toBe(404);
    const res = await runAs(ADMIN, () => uploadRoute(uploadRequest(pdf("x"), "juknis.pdf"), ctx("2999")));
    expect(res.status).toBe(404);
  });
});
