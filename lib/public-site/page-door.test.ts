// The public pages at the front door (decision 023), over real HTTP: a stand-in for Next.js answers behind the
// door the way Next answers a cached public page, and counts what reaches it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installFrontDoor } from "@/lib/http/front-door";
import { forgetKeptPages, KEEP_MS, publicPageDoor } from "./page-door";

let server: http.Server;
let base: string;
let reachedNext: string[] = [];
let generation = 1;
let render = 0;
/** What the stand-in answers next: status, extra headers, and whether it streams the body in pieces. */
let answer: { status: number; headers: Record<string, string>; stream?: boolean } = { status: 200, headers: {} };
const SHARED = "s-maxage=60, stale-while-revalidate=31535940";

beforeAll(async () => {
  (globalThis as Record<symbol, unknown>)[Symbol.for("kovablik.publicSiteGeneration")] = {
    current: async () => generation,
    known: () => generation,
  };
  installFrontDoor([publicPageDoor]);
  server = http.createServer((req, res) => {
    reachedNext.push(`${req.method} ${req.url}`);
    render++;
    res.statusCode = answer.status;
    res.setHeader("cache-control", SHARED);
    res.setHeader("content-type", "text/html; charset=utf-8");
    const https = req.headers["x-forwarded-proto"] === "https";
    res.setHeader("content-security-policy", `default-src 'self'${https ? "; upgrade-insecure-requests" : ""}`);
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    const html = `<!doctype html><title>Galeri</title><p>render ${render} · ${"é".repeat(20_000)}</p>`;
    if (answer.stream) {
      res.write(html.slice(0, 100));
      res.end(Buffer.from(html.slice(100)));
    } else res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  installFrontDoor([]);
  await new Promise((resolve) => server?.close(resolve));
});
beforeEach(() => {
  forgetKeptPages();
  reachedNext = [];
  answer = { status: 200, headers: {} };
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers }).then(async (r) => ({
    status: r.status,
    headers: r.headers,
    body: await r.text(),
  }));

describe("public pages at the front door", () => {
  it("serves the page Next.js just served, same bytes and headers, without asking Next again", async () => {
    const first = await get("/inovasi");
    const second = await get("/inovasi");
    expect(reachedNext).toEqual(["GET /inovasi"]);
    expect(second.status).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.body).toContain("é".repeat(20_000));
    for (const name of ["content-type", "cache-control", "content-security-policy"]) {
      expect(second.headers.get(name)).toBe(first.headers.get(name));
    }
    expect(Number(second.headers.get("content-length"))).toBe(Buffer.byteLength(first.body));
  });

  it("keeps a page apart per scheme, as the proxy's headers differ over HTTPS", async () => {
    await get("/inovasi");
    const secure = await get("/inovasi", { "x-forwarded-proto": "https" });
    const plain = await get("/inovasi");
    const secureAgain = await get("/inovasi", { "x-forwarded-proto": "https" });
    expect(reachedNext).toHaveLength(2);
    expect(plain.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(secureAgain.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("keeps a page that Next streamed in pieces too", async () => {
    answer = { status: 200, headers: {}, stream: true };
    const first = await get("/en/edisi/2027");
    const second = await get("/en/edisi/2027");
    expect(reachedNext).toHaveLength(1);
    expect(second.body).toBe(first.body);
  });

  it("asks Next again as soon as a publication moves the public site's generation", async () => {
    const before = await get("/");
    generation++;
    const after = await get("/");
    expect(reachedNext).toEqual(["GET /", "GET /"]);
    expect(after.body).not.toBe(before.body);
    await get("/");
    expect(reachedNext).toHaveLength(2);
  });

  it(`keeps a page ${KEEP_MS / 1000} s at most, so the pages' own revalidation still runs in Next`, async () => {
    const realNow = Date.now;
    try {
      await get("/pengumuman");
      const start = realNow();
      Date.now = () => start + KEEP_MS + 1;
      await get("/pengumuman");
      expect(reachedNext).toEqual(["GET /pengumuman", "GET /pengumuman"]);
    } finally {
      Date.now = realNow;
    }
  });

  it("keeps nothing that is not the same for everyone", async () => {
    const kinds: [string, () => Promise<unknown>][] = [
      ["a private page", () => get("/dasbor")],
      ["a query string", () => get("/inovasi?q=air")],
      ["a router (RSC) request", () => get("/inovasi", { rsc: "1" })],
      ["a prefetch", () => get("/inovasi", { "next-router-prefetch": "1" })],
      ["a photo", () => get("/inovasi/e1/foto/p1")],
    ];
    for (const [, request] of kinds) {
      await request();
      await request();
    }
    expect(reachedNext).toHaveLength(kinds.length * 2);

    const unshareable: Record<string, string>[] = [{ "set-cookie": "a=b" }, { "cache-control": "private, no-store" }];
    for (const headers of unshareable) {
      reachedNext = [];
      answer = { status: 200, headers };
      await get("/edisi");
      await get("/edisi");
      expect(reachedNext).toHaveLength(2);
    }
    reachedNext = [];
    answer = { status: 404, headers: {} };
    await get("/inovasi/tidak-ada");
    await get("/inovasi/tidak-ada");
    expect(reachedNext).toHaveLength(2);
  });
});
