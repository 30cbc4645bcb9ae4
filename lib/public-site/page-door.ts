import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { FrontDoor } from "@/lib/http/front-door";
import { isPublicFilePath, isPublicPath } from "./routes";

// The public site's pages at the front door (decision 023): a page Next.js has just served from its cache
// (decision 016) is kept here, bytes and headers as sent, and the next request for the same address gets those
// bytes without going through Next's routing. Kept only while the public site's cache generation is the one it
// was served in (lib/public-site/cache-handler.cjs: every publication in any process moves it within a second)
// and for KEEP_MS at most, so the pages' own revalidation (scheduled publication times) still happens in Next.
//
// Only what is the same for everyone: GET of a public address without a query string, no router (RSC) request
// headers, and a 200 answer Next marked as shared-cacheable (s-maxage) without cookies or content encoding.

export const KEEP_MS = 5_000;
const MAX_ENTRIES = 200;
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** Request headers that make Next.js answer a page address with something else than the page's HTML. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
];
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

type Generation = { current: () => Promise<number>; known: () => number };
type Kept = { generation: number; until: number; headers: OutgoingHttpHeaders; body: Buffer };

const kept = new Map<string, Kept>();
let keptBytes = 0;

function generationSource(): Generation | undefined {
  return (globalThis as Record<symbol, Generation | undefined>)[Symbol.for("kovablik.publicSiteGeneration")];
}

function isSamePageForEveryone(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  if (req.method !== "GET" || url.includes("?") || !isPublicPath(url) || isPublicFilePath(url)) return false;
  return !ROUTER_HEADERS.some((name) => req.headers[name] !== undefined);
}

function forget(url: string) {
  const old = kept.get(url);
  if (!old) return;
  kept.delete(url);
  keptBytes -= old.body.length;
}

function keep(url: string, entry: Kept) {
  forget(url);
  kept.set(url, entry);
  keptBytes += entry.body.length;
  for (const [oldest] of kept) {
    if (kept.size <= MAX_ENTRIES && keptBytes <= MAX_BYTES) break;
    forget(oldest);
  }
}

function isShareable(res: ServerResponse): boolean {
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  return (
    res.statusCode === 200 &&
    /\bs-maxage=\d/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    res.getHeader("set-cookie") === undefined &&
    res.getHeader("content-encoding") === undefined
  );
}

/** Watches Next.js answer the request, and keeps the answer when it is a shareable page. */
function capture(url: string, res: ServerResponse, generation: number) {
  const chunks: Buffer[] = [];
  let size = 0;
  const add = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_PAGE_BYTES) return;
    const bytes =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    chunks.push(bytes);
  };
  const write = res.write;
  const end = res.end;
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    add(chunk, rest[0]);
    if (size <= MAX_PAGE_BYTES && isShareable(this)) {
      const headers: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(this.getHeaders())) {
        if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
      }
      keep(url, { generation, until: Date.now() + KEEP_MS, headers, body: Buffer.concat(chunks, size) });
    }
    return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof res.end;
}

/**
 * What a kept page is filed under: the address, and the scheme a reverse proxy says the visitor used, because
 * proxy.ts's headers differ over HTTPS (HSTS, upgrade-insecure-requests) while Next's cached HTML does not.
 */
function keyOf(req: IncomingMessage): string {
  return `${String(req.headers["x-forwarded-proto"] ?? "")} ${req.url}`;
}

export const publicPageDoor: FrontDoor = (req, res, passOn) => {
  const source = generationSource();
  if (!source || !isSamePageForEveryone(req)) return false;
  const url = keyOf(req);
  const entry = kept.get(url);
  if (!entry || entry.until <= Date.now()) {
    forget(url);
    capture(url, res, source.known());
    return false;
  }
  void source.current().then(
    (generation) => {
      if (generation !== entry.generation) {
        forget(url);
        capture(url, res, generation);
        return passOn();
      }
      res.writeHead(200, { ...entry.headers, "content-length": entry.body.length });
      res.end(entry.body);
    },
    () => passOn(),
  );
  return true;
};

/** For tests: forget every kept page. */
export function forgetKeptPages(): void {
  kept.clear();
  keptBytes = 0;
}
