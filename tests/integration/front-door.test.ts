// Decision 023: each app process answers autosave at its front door, before Next.js routes the request. These
// tests drive a real node:http server with the door installed, over HTTP, with real signed session cookies:
// what the door takes it answers with the portal's own rules; everything else reaches the next handler.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import { installFrontDoor } from "@/lib/http/front-door";
import { saveSectionDoor } from "@/lib/proposals/autosave-route";
import { createProposalAction } from "@/lib/proposals/actions";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

const KEPANJEN = "user-operator-kepanjen";

let db: TestDatabase;
let server: http.Server;
let base: string;
let passedOn: string[] = [];
let ownDraft: string;
let otherUnitsDraft: string;
let sectionId: string;

async function sessionCookie(userId: string, sid = `sesi-${userId}`): Promise<string> {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const token = await encode({
    token: { sub: userId, uid: userId, sv: user.sessionVersion, sid, sat: Math.floor(Date.now() / 1000) },
    secret: process.env.NEXTAUTH_SECRET!,
  });
  return `theme=gelap; next-auth.session-token=${token}`;
}

function put(proposalId: string, body: unknown, headers: Record<string, string> = {}, path = "") {
  return fetch(`${base}/api/usulan/${proposalId}/bagian/${sectionId}${path}`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const answerOf = (proposalId: string) =>
  db.prisma.answer.findUnique({ where: { proposalId_sectionId: { proposalId, sectionId } } });

beforeAll(async () => {
  db = await appDatabase();
  installFrontDoor([saveSectionDoor]);
  server = http.createServer((req, res) => {
    passedOn.push(`${req.method} ${req.url}`);
    res.writeHead(418).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const own = await runAs(KEPANJEN, () =>
    createProposalAction({ title: "Layanan Jemput Bola", unitId: UNIT_IDS.puskesmasKepanjen }),
  );
  const other = await runAs("user-operator-kendalkerep", () =>
    createProposalAction({ title: "Kota Tanpa Antre", unitId: UNIT_IDS.puskesmasKendalkerep }),
  );
  if (!own.ok || !other.ok) throw new Error("seed proposals");
  ownDraft = own.data.id;
  otherUnitsDraft = other.data.id;
  sectionId = (await db.prisma.formSection.findFirstOrThrow({ where: { editionId: "edition-2027", key: "ringkasan" } }))
    .id;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

describe("autosave at the front door", () => {
  it("saves for the signed-in operator of the proposal's unit, with the portal's headers", async () => {
    passedOn = [];
    const res = await put(
      ownDraft,
      { baseVersion: 0, text: "Warga dilayani di rumah." },
      {
        cookie: await sessionCookie(KEPANJEN),
      },
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ saved: true, version: 1 });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(passedOn).toEqual([]);
    expect(await answerOf(ownDraft)).toMatchObject({ text: "Warga dilayani di rumah.", updatedById: KEPANJEN });

    const next = await put(
      ownDraft,
      { baseVersion: 1, text: "Warga dilayani di rumah, tanpa antre." },
      {
        cookie: await sessionCookie(KEPANJEN),
      },
    );
    expect(await next.json()).toMatchObject({ saved: true, version: 2 });
  });

  it("refuses without a session, and another unit's proposal, writing nothing", async () => {
    const anonymous = await put(ownDraft, { baseVersion: 2, text: "tanpa sesi" });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toMatch(/Sesi Anda telah berakhir/);

    const foreign = await put(
      otherUnitsDraft,
      { baseVersion: 0, text: "bukan milik saya" },
      {
        cookie: await sessionCookie(KEPANJEN),
      },
    );
    expect(foreign.status).toBe(403);
    expect(await answerOf(otherUnitsDraft)).toBeNull();
    expect((await answerOf(ownDraft))?.version).toBe(2);
  });

  it("stops honouring a session once its account's session version moves (forced sign-out)", async () => {
    const cookie = await sessionCookie(KEPANJEN);
    await db.prisma.user.update({ where: { id: KEPANJEN }, data: { sessionVersion: { increment: 1 } } });
    const res = await put(ownDraft, { baseVersion: 2, text: "setelah keluar paksa" }, { cookie });
    expect(res.status).toBe(401);
    expect((await answerOf(ownDraft))?.version).toBe(2);
  });

  it("reads the proposal's deadline facts right: an extension past the closing date still saves", async () => {
    const edition = await db.prisma.edition.findUniqueOrThrow({ where: { id: "edition-2027" } });
    const hourAgo = new Date(Date.now() - 3600_000);
    try {
      await db.prisma.edition.update({ where: { id: edition.id }, data: { registrationClosesAt: hourAgo } });
      const closed = await put(
        ownDraft,
        { baseVersion: 2, text: "terlambat" },
        { cookie: await sessionCookie(KEPANJEN) },
      );
      expect(closed.status).toBe(409);
      expect((await closed.json()).code).toBe("DEADLINE");

      const tomorrow = new Date(Date.now() + 24 * 3600_000);
      await db.prisma.proposal.update({ where: { id: ownDraft }, data: { extensionUntil: tomorrow } });
      const extended = await put(
        ownDraft,
        { baseVersion: 2, text: "dengan perpanjangan" },
        {
          cookie: await sessionCookie(KEPANJEN),
        },
      );
      expect(extended.status).toBe(200);
      expect((await answerOf(ownDraft))?.text).toBe("dengan perpanjangan");
    } finally {
      await db.prisma.edition.update({
        where: { id: edition.id },
        data: { registrationClosesAt: edition.registrationClosesAt },
      });
      await db.prisma.proposal.update({ where: { id: ownDraft }, data: { extensionUntil: null } });
    }
  });

  it("refuses a body larger than any section could be, before reading it whole", async () => {
    const res = await put(
      ownDraft,
      { baseVersion: 3, text: "x".repeat(800_000) },
      {
        cookie: await sessionCookie(KEPANJEN),
      },
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/Teks terlalu panjang/);
    expect((await answerOf(ownDraft))?.version).toBe(3);
  });

  it("leaves every other request to the next handler", async () => {
    passedOn = [];
    const cookie = await sessionCookie(KEPANJEN);
    const get = await fetch(`${base}/api/usulan/${ownDraft}/bagian/${sectionId}`, { headers: { cookie } });
    const query = await put(ownDraft, { baseVersion: 3, text: "dengan kueri" }, { cookie }, "?x=1");
    const page = await fetch(`${base}/usulan/${ownDraft}`);
    expect([get.status, query.status, page.status]).toEqual([418, 418, 418]);
    expect(passedOn).toEqual([
      `GET /api/usulan/${ownDraft}/bagian/${sectionId}`,
      `PUT /api/usulan/${ownDraft}/bagian/${sectionId}?x=1`,
      `GET /usulan/${ownDraft}`,
    ]);
    expect((await answerOf(ownDraft))?.version).toBe(3);
  });
});
