// Cross-site request forgery guard for route handlers (server actions have Next's own Origin check).
// The rule, the one Go's net/http CrossOriginProtection uses (docs/decisions/009-csrf-and-csp.md):
// 1. Safe methods (GET, HEAD, OPTIONS) pass: they change nothing.
// 2. `Sec-Fetch-Site`, which every browser Next supports sends and no page can forge, decides when present:
//    only `same-origin` (our own pages) and `none` (typed or bookmarked by the user) pass.
// 3. Otherwise `Origin`, when present, must name this portal: NEXTAUTH_URL's host or the host the request
//    was addressed to.
// 4. With neither header the caller is not a browser (cron, curl, the benchmark); it holds no victim's
//    cookies, so there is nothing to forge, and it passes to the handler's own authentication.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_ORIGIN_MESSAGE = "Permintaan ditolak: permintaan ini tidak berasal dari halaman Portal KOVABLIK.";

function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Is this a state-changing request sent by a browser on behalf of a page that is not the portal? */
export function isCrossOriginRequest(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const site = request.headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (site) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  // "null" (sandboxed frames, data: URLs) names no host and so never matches.
  const originHost = hostOf(origin);
  if (!originHost) return true;
  const own = [
    hostOf(process.env.NEXTAUTH_URL),
    request.headers.get("host")?.toLowerCase() ?? null,
    hostOf(request.url),
  ];
  return !own.includes(originHost);
}

/**
 * The first line of every state-changing route handler: a 403 for a forged cross-site request (before any
 * read or write), null to go on.
 */
export function refuseCrossOrigin(request: Request): Response | null {
  if (!isCrossOriginRequest(request)) return null;
  return Response.json({ ok: false, error: CROSS_ORIGIN_MESSAGE }, { status: 403 });
}
