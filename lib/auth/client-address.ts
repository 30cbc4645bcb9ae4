// The address a request comes from, for the sign-in limits. Proxy headers are anyone's to write, so they are
// believed only as far as TRUST_PROXY says: with TRUST_PROXY=<n> (n proxies of ours in front, each
// appending the address it received from to X-Forwarded-For) the client is the n-th entry from the right;
// anything further left was written by the client itself. Without TRUST_PROXY the socket's own peer address
// counts, which `installPeerAddressGuard` (run at server start by instrumentation.ts) puts in
// `x-kovablik-peer`, overwriting whatever a client sent under that name.

export const PEER_HEADER = "x-kovablik-peer";

const guardFlag = Symbol.for("kovablik.peerAddressGuard");

export function peerGuardInstalled(): boolean {
  return Boolean((globalThis as Record<symbol, unknown>)[guardFlag]);
}

export function markPeerGuardInstalled(): void {
  (globalThis as Record<symbol, unknown>)[guardFlag] = true;
}

/** The number of our proxies in front of the app; 0 (trust none) when unset or not a whole number. */
export function trustedHops(value = process.env.TRUST_PROXY): number {
  if (!value || !/^\d{1,2}$/.test(value.trim())) return 0;
  return Number(value.trim());
}

/** "::ffff:10.0.0.1" → "10.0.0.1": one address, one key. */
export function normaliseAddress(address: string | null | undefined): string | null {
  const a = address?.trim();
  if (!a) return null;
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

type HeaderBag = Record<string, unknown> | Headers | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  const v = headers instanceof Headers ? headers.get(name) : headers[name];
  if (Array.isArray(v)) return v.join(",");
  return typeof v === "string" ? v : undefined;
}

let warned = false;

export function clientAddress(headers: HeaderBag, options: { hops?: number; guarded?: boolean } = {}): string | null {
  const hops = options.hops ?? trustedHops();
  const guarded = options.guarded ?? peerGuardInstalled();
  const peer = guarded ? normaliseAddress(header(headers, PEER_HEADER)) : null;
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops > 0) {
    // Fewer entries than proxies: the request skipped a proxy; the leftmost is the best there is.
    return normaliseAddress(forwarded[Math.max(0, forwarded.length - hops)]) ?? peer;
  }
  if (guarded) return peer;
  if (!warned) {
    warned = true;
    console.warn("[auth] peer address guard not installed: the sign-in limits fall back to X-Forwarded-For");
  }
  return normaliseAddress(forwarded.at(-1));
}
