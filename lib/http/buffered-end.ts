import { ServerResponse } from "node:http";

// Node writes a large string body several times slower than the same bytes as one Buffer: measured on this
// machine with a bare node:http server and the 97 KB gallery page, about 400 against 1,900 responses a
// second. Next.js ends every cached page (the whole public site, decision 016) with its HTML as one string,
// so each app process encodes such bodies once, here, before Node writes them. Same bytes, same headers
// (Next.js has already set Content-Length from the string's UTF-8 length). Decision 022.
export const BUFFERED_END_MIN_CHARS = 16 * 1024;

const INSTALLED = Symbol.for("kovablik.bufferedEnd");

type End = (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

export function installBufferedEnd(): void {
  const proto = ServerResponse.prototype as unknown as Record<symbol, boolean> & { end: End };
  if (proto[INSTALLED]) return;
  const end = proto.end;
  proto.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (typeof chunk === "string" && chunk.length >= BUFFERED_END_MIN_CHARS) {
      chunk = Buffer.from(chunk, typeof encoding === "string" && Buffer.isEncoding(encoding) ? encoding : "utf8");
    }
    return end.call(this, chunk, encoding, callback);
  };
  proto[INSTALLED] = true;
}
