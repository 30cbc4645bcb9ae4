import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { logError } from "@/lib/log";
import { STATIC_SECURITY_HEADERS } from "./security-headers";

// The front door of an app process (decision 023): a few requests are answered before Next.js routes them,
// because Next's own work per request (routing, rewrites, the proxy, the route module, request objects) costs
// several times what the answer itself does on the portal's two hottest paths. Each door is a function that
// looks at the method and address only and either takes the request (returns true, then answers it) or
// leaves it to Next.js. A door runs the portal's own handlers: no rule lives here.
//
// Node hands an http.Server its requests through `emit("request")`; the doors see each one first. Installed
// once per process by instrumentation.ts, in production builds only (`next dev` reloads modules under it).

/**
 * Takes the request (true) or leaves it (false), deciding from the method, address and headers alone. A door
 * that took a request may still hand it on to Next.js later with `passOn()` (e.g. its cached copy turned out
 * to be out of date).
 */
export type FrontDoor = (req: IncomingMessage, res: ServerResponse, passOn: () => void) => boolean;

const INSTALLED = Symbol.for("kovablik.frontDoor");
const DOORS = Symbol.for("kovablik.frontDoors");

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

/** Puts `doors` in front of every http.Server of this process (a later call replaces the list). */
export function installFrontDoor(doors: readonly FrontDoor[]): void {
  const registry = globalThis as Record<symbol, readonly FrontDoor[] | undefined>;
  registry[DOORS] = doors;
  const proto = http.Server.prototype as unknown as Record<symbol, boolean> & { emit: Emit };
  if (proto[INSTALLED]) return;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      const passOn = () => void emit.call(this, event, ...args);
      for (const door of registry[DOORS] ?? []) if (door(req, res, passOn)) return true;
    }
    return emit.call(this, event, ...args);
  };
  proto[INSTALLED] = true;
}

/** Reads a request body of at most `limit` bytes; null when it is larger (the rest is not read). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The node request as a web Request, for the portal's route handlers. */
export function webRequest(req: IncomingMessage, body: Buffer | null): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: body && req.method !== "GET" && req.method !== "HEAD" ? new Uint8Array(body) : undefined,
  });
}

/** Sends a web Response through the node response, with the headers every response of the portal carries. */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.setHeader("content-length", body.length);
  res.statusCode = response.status;
  res.end(body);
}

/** A door's last resort: what Next.js would answer for an error of ours, logged and never echoed. */
export function sendFailure(res: ServerResponse, where: string, e: unknown): void {
  logError(where, e);
  if (res.headersSent) return void res.destroy();
  const body = Buffer.from(JSON.stringify({ ok: false, error: GENERIC_ERROR_MESSAGE }));
  for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
  res.writeHead(500, { "content-type": "application/json", "content-length": body.length });
  res.end(body);
}
