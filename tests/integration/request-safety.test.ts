// Issue 8, items 5 and 8: forged cross-site requests to route handlers are refused before anything is
// written; the replication picker offers only innovations the province has received; an upload's name must
// agree with its bytes.
import fs from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as saveSection } from "@/app/api/usulan/[id]/bagian/[sectionId]/route";
import { POST as uploadFile } from "@/app/api/usulan/[id]/lampiran/route";
import { runAs } from "@/lib/auth/session";
import { createProposalAction, searchInnovationsAction } from "@/lib/proposals/actions";
import { setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

const KEPANJEN = "user-operator-kepanjen";
const PORTAL = "http://localhost";
const NEIGHBOUR = "https://tetangga.jatimprov.go.id";

let db: TestDatabase;
let filesDir: string;
let proposalId: string;
let sectionId: string;

beforeAll(async () => {
  db = await appDatabase();
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-files-"));
  setFileStorage(new LocalFileStorage(filesDir));
  const r = await runAs(KEPANJEN, () =>
    createProposalAction({ title: "Antar Obat Lansia", unitId: UNIT_IDS.puskesmasKepanjen }),
  );
  if (!r.ok) throw new Error(r.error);
  proposalId = r.data.id;
  sectionId = (await db.prisma.formSection.findFirstOrThrow({ where: { editionId: "edition-2027", key: "ringkasan" } }))
    .id;
});
afterAll(async () => {
  setFileStorage(undefined);
  await rm(filesDir, { recursive: true, force: true });
  await db?.close();
});

async function storedFiles(): Promise<number> {
  try {
    return (await readdir(path.join(filesDir, "lampiran"))).filter((f) => !f.endsWith(".part")).length;
  } catch {
    return 0;
  }
}

/** What a forged request could have changed. */
async function footprint() {
  return {
    attachments: await db.prisma.attachment.count(),
    answers: await db.prisma.answer.count(),
    notifications: await db.prisma.notification.count(),
    // Changes only: a refusal is recorded as such (lib/http/responses.ts), which is the point, not a change.
    audit: await db.prisma.auditEntry.count({ where: { action: { not: "action.refused" } } }),
    files: await storedFiles(),
  };
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

function uploadRequest(headers: Record<string, string>, fileName = "dokumen.pdf", body = PDF): Request {
  return new Request(`${PORTAL}/api/usulan/${proposalId}/lampiran?jenis=SUPPORTING_DOCUMENT`, {
    method: "POST",
    // text/plain and no custom header: the "simple" request a foreign page can send without a CORS preflight.
    headers: { "content-type": "text/plain", "x-file-name": fileName, ...headers },
    body,
  });
}

function saveRequest(headers: Record<string, string>, text: string, baseVersion = 0): Request {
  return new Request(`${PORTAL}/api/usulan/${proposalId}/bagian/${sectionId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ baseVersion, text }),
  });
}

const upload = (request: Request) =>
  runAs(KEPANJEN, () => uploadFile(request, { params: Promise.resolve({ id: proposalId }) }));
const save = (request: Request) =>
  runAs(KEPANJEN, () => saveSection(request, { params: Promise.resolve({ id: proposalId, sectionId }) }));

describe("cross-site requests to route handlers", () => {
  const forged: [string, Record<string, string>][] = [
    ["a sibling subdomain (Sec-Fetch-Site: same-site)", { origin: NEIGHBOUR, "sec-fetch-site": "same-site" }],
    ["another site (Sec-Fetch-Site: cross-site)", { origin: "https://contoh.example", "sec-fetch-site": "cross-site" }],
    ["a browser that sends only Origin", { origin: NEIGHBOUR }],
    ["a sandboxed frame (Origin: null)", { origin: "null" }],
  ];

  for (const [who, headers] of forged) {
    it(`refuses an upload and an autosave from ${who}, and writes nothing`, async () => {
      const before = await footprint();
      const up = await upload(uploadRequest(headers));
      expect(up.status).toBe(403);
      expect(await up.json()).toMatchObject({ ok: false, error: expect.stringMatching(/bukan|tidak berasal/) });
      expect((await save(saveRequest(headers, "Ditanam dari situs lain."))).status).toBe(403);
      expect(await footprint()).toEqual(before);
    });
  }

  it("accepts the portal's own pages, by Sec-Fetch-Site or by Origin", async () => {
    const viaFetchMetadata = await upload(
      uploadRequest({ origin: PORTAL, "sec-fetch-site": "same-origin" }, "satu.pdf"),
    );
    expect(viaFetchMetadata.status).toBe(201);
    const viaOrigin = await save(saveRequest({ origin: PORTAL }, "Obat diantar ke rumah lansia."));
    expect(viaOrigin.status).toBe(200);
    expect(await db.prisma.attachment.count({ where: { proposalId, fileName: "satu.pdf" } })).toBe(1);
    expect(await db.prisma.answer.count({ where: { proposalId, sectionId } })).toBe(1);
  });

  it("accepts the public address from NEXTAUTH_URL when a reverse proxy forwards another Host", async () => {
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://kovablik.jatimprov.go.id";
    try {
      const res = await save(
        saveRequest(
          { origin: "https://kovablik.jatimprov.go.id", host: "127.0.0.1:3000" },
          "Obat diantar setiap pekan.",
          1,
        ),
      );
      expect(res.status).toBe(200);
    } finally {
      process.env.NEXTAUTH_URL = previous;
    }
  });

  it("lets non-browser callers (no Origin, no Sec-Fetch-Site) through to their own authentication", async () => {
    // The scheduler and the benchmark send neither header; they carry no victim's cookies to abuse.
    const res = await upload(uploadRequest({}, "dua.pdf"));
    expect(res.status).toBe(201);
  });

  it("guards every state-changing route handler in app/", async () => {
    const root = path.resolve(__dirname, "../../app");
    const routeFiles = (function walk(dir: string): string[] {
      return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? walk(full) : e.name === "route.ts" ? [full] : [];
      });
    })(root);
    const unguarded: string[] = [];
    let checked = 0;
    for (const file of routeFiles) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const handler = mod[method] as ((r: Request, c: unknown) => Promise<Response>) | undefined;
        if (typeof handler !== "function") continue;
        checked++;
        const before = await footprint();
        const request = new Request(`${PORTAL}/api/x`, {
          method,
          headers: {
            origin: NEIGHBOUR,
            "sec-fetch-site": "same-site",
            authorization: `Bearer ${process.env.KOVABLIK_CRON_SECRET ?? ""}`,
          },
          body: "{}",
        });
        const res = await runAs(KEPANJEN, () =>
          handler(request, { params: Promise.resolve({ id: proposalId, sectionId, nextauth: ["signout"] }) }),
        );
        if (res.status !== 403 || JSON.stringify(await footprint()) !== JSON.stringify(before)) {
          unguarded.push(`${method} ${path.relative(root, file)} → ${res.status}`);
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
    expect(unguarded).toEqual([]);
  });
});

describe("the replication picker (proposals.search-innovations)", () => {
  it("offers only innovations the province has received, never another unit's draft", async () => {
    const kota = { unitId: UNIT_IDS.puskesmasKendalkerep, institutionId: UNIT_IDS.kotaMalang };
    const draft = await db.prisma.innovation.create({ data: { unitId: kota.unitId, name: "Inovasi Rahasia Draf" } });
    await db.prisma.proposal.create({
      data: { editionId: "edition-2027", innovationId: draft.id, ...kota, title: draft.name },
    });
    const withAdmin = await db.prisma.innovation.create({
      data: { unitId: kota.unitId, name: "Inovasi Rahasia Di Admin Lokal" },
    });
    await db.prisma.proposal.create({
      data: {
        editionId: "edition-2027",
        innovationId: withAdmin.id,
        ...kota,
        title: withAdmin.name,
        status: "WITH_UNIT_ADMIN",
      },
    });
    const sent = await db.prisma.innovation.create({ data: { unitId: kota.unitId, name: "Inovasi Rahasia Terkirim" } });
    await db.prisma.proposal.create({
      data: {
        editionId: "edition-2027",
        innovationId: sent.id,
        ...kota,
        title: sent.name,
        status: "SUBMITTED",
        submittedAt: new Date(),
      },
    });
    // The operator's own unit's other draft is not a proven innovation to replicate either.
    const ownDraft = await db.prisma.innovation.create({
      data: { unitId: UNIT_IDS.puskesmasKepanjen, name: "Inovasi Rahasia Sendiri" },
    });
    await db.prisma.proposal.create({
      data: {
        editionId: "edition-2027",
        innovationId: ownDraft.id,
        unitId: UNIT_IDS.puskesmasKepanjen,
        institutionId: UNIT_IDS.kabMalang,
        title: ownDraft.name,
      },
    });

    const r = await runAs(KEPANJEN, () => searchInnovationsAction({ q: "rahasia", proposalId }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.map((i) => i.name)).toEqual(["Inovasi Rahasia Terkirim"]);
  });
});

describe("upload names must match their content", () => {
  it("refuses a PDF named .html and stores nothing", async () => {
    const before = await footprint();
    const res = await upload(uploadRequest({}, "halaman.html"));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatch(/\.pdf/);
    expect(await footprint()).toEqual(before);
  });

  it("refuses a PNG named .jpg for photos, and a PDF named .pdf.html", async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const before = await footprint();
    const photo = new Request(`${PORTAL}/api/usulan/${proposalId}/lampiran?jenis=PHOTO`, {
      method: "POST",
      headers: { "x-file-name": "foto.jpg" },
      body: png,
    });
    const res = await upload(photo);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe(
      "Nama berkas berakhiran .jpg, padahal isinya PNG. Ganti nama berkas menjadi .png lalu unggah lagi.",
    );
    expect((await upload(uploadRequest({}, "sk.pdf.html"))).status).toBe(400);
    expect(await footprint()).toEqual(before);
  });

  it("still accepts a PDF named .PDF", async () => {
    expect((await upload(uploadRequest({}, "LAPORAN.PDF"))).status).toBe(201);
  });
});
