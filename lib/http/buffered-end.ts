import { ServerResponse } from "node:http";

// Node writes a large string body several times slower than the same bytes as one Buffer: measured on this
// machine with a bare node:http server and the 97 KB gallery page, about 400 against 1,900 responses a
// second. Next.js ends every cached page (the whole public site, decision 016) with its HTML as one string,
// so each app process encodes such bodies here before Node writes them. Same bytes, same headers (Next.js has
// already set Content-Length from the string's UTF-8 length). Decision 022.
export const BUFFERED_END_MIN_CHARS = 16 * 1024;

// A cached page is the same string object on every hit: its bytes are kept for the next hit, a few pages'
// worth at most (oldest dropped first), so a hit neither encodes nor allocates them again.
const KEPT_MAX_ENTRIES = 64;
const KEPT_MAX_BYTES = 16 * 1024 * 1024;
const kept = new Map<string, Buffer>();
let keptBytes = 0;

function utf8Bytes(text: string): Buffer {
  const known = kept.get(text);
  if (known) return known;
  const bytes = Buffer.from(text, "utf8");
  kept.set(text, bytes);
  keptBytes += bytes.length;
  for (const [oldest, old] of kept) {
    if (kept.size <= KEPT_MAX_ENTRIES && keptBytes <= KEPT_MAX_BYTES) break;
    kept.delete(oldest);
    keptBytes -= old.length;
  }
  return bytes;
}

const INSTALLED = Symbol.for("kovablik.bufferedEnd");

type End = (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

export function installBufferedEnd(): void {
  const proto = ServerResponse.prototype as unknown as Record<symbol, boolean> & { end: End };
  if (proto[INSTALLED]) return;
  const end = proto.end;
  proto.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (typeof chunk === "string" && chunk.length >= BUFFERED_END_MIN_CHARS) {
      const named = typeof encoding === "string" && Buffer.isEncoding(encoding) ? encoding : "utf8";
      chunk = named === "utf8" || named === "utf-8" ? utf8Bytes(chunk) : Buffer.from(chunk, named);
    }
    return end.call(this, chunk, encoding, callback);
  };
  proto[INSTALLED] = true;
}
