import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUFFERED_END_MIN_CHARS, installBufferedEnd } from "./buffered-end";

// A page of the public site as Next.js ends it: one long string with non-ASCII text, Content-Length already
// set from its UTF-8 length. The visitor must get exactly those bytes, whichever way they are written.
const page = `<!DOCTYPE html><p>Finalis · Pemenang — “Inovasi” ${"Layanan kesehatan keliling ✓ ".repeat(2000)}</p>`;
const small = "Halo · dunia";
const latin = "Caf\u00e9 ".repeat(BUFFERED_END_MIN_CHARS);

const numbered = (i: number) => `<p>Halaman ${i} · ${"x".repeat(BUFFERED_END_MIN_CHARS)}</p>`;

let server: http.Server;
let base: string;
let callbackRan = false;

beforeAll(async () => {
  installBufferedEnd();
  installBufferedEnd(); // a second install (a second instrumentation run) must not wrap twice
  server = http.createServer((req, res) => {
    if (req.url === "/latin1") return res.end(latin, "latin1");
    const n = /^\/halaman-(\d+)$/.exec(req.url ?? "")?.[1];
    const body = req.url === "/kecil" ? small : n !== undefined ? numbered(Number(n)) : page;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-length", Buffer.byteLength(body));
    res.end(body, () => (callbackRan = true));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("large string bodies", () => {
  it("arrive byte for byte, with the length Next.js announced", async () => {
    expect(page.length).toBeGreaterThan(BUFFERED_END_MIN_CHARS);
    const res = await fetch(`${base}/besar`);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(Buffer.from(page, "utf8"))).toBe(true);
    expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
    expect(callbackRan).toBe(true);
  });

  it("stay right when the same page is served again and after many other pages", async () => {
    const first = Buffer.from(await (await fetch(`${base}/besar`)).arrayBuffer());
    const again = Buffer.from(await (await fetch(`${base}/besar`)).arrayBuffer());
    expect(again.equals(first)).toBe(true);
    // More distinct large pages than are kept: each still arrives as itself.
    for (let i = 0; i < 70; i++) {
      const res = await fetch(`${base}/halaman-${i}`);
      expect(await res.text()).toBe(numbered(i));
    }
    expect(Buffer.from(await (await fetch(`${base}/besar`)).arrayBuffer()).equals(first)).toBe(true);
  });

  it("keep small bodies and an explicit encoding as they were", async () => {
    expect(await (await fetch(`${base}/kecil`)).text()).toBe(small);
    const latin1 = Buffer.from(await (await fetch(`${base}/latin1`)).arrayBuffer());
    expect(latin1.equals(Buffer.from(latin, "latin1"))).toBe(true); // one byte per character, as latin1 writes them
  });
});
