// The security headers: the static ones every response carries (next.config.ts, and lib/http/front-door.ts for
// what it answers itself), and the per-request ones set by proxy.ts.
// Why a nonce and not hashes or 'unsafe-inline': docs/decisions/009-csrf-and-csp.md.

/** On every response of the portal, whatever answers it. */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
];

/** 16 random bytes, base64: unguessable, fresh for every page. Web Crypto, so it runs wherever the proxy does. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of every page. Next.js reads the nonce back from this header (on the request)
 * and puts it on its own scripts and styles; 'strict-dynamic' lets those scripts load the page's chunks.
 * Development only: React's debugging needs eval, and the dev overlay injects styles without a nonce.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${options.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP (a local `npm start`) this would send the page's own assets to https:// and break it.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The policy of the cached public pages (lib/public-site/routes.ts `isPublicPath`). Their HTML is rendered once
 * and served to everyone, so it cannot carry a per-request nonce, and the inline scripts Next.js streams (the
 * page's RSC payload) have no hash known in advance: inline scripts are allowed, everything else stays as
 * strict as on the portal's pages (scripts only from this origin: no 'strict-dynamic', no other host; no
 * plugins, no framing, no foreign form targets). Why this is acceptable: docs/decisions/016-public-site.md.
 */
export function publicContentSecurityPolicy(options: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${options.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${options.dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years; subdomains of the portal's own host included (a sibling subdomain is not affected). */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/**
 * Is the portal served over HTTPS? NEXTAUTH_URL says so, or the request came in over TLS, or — only when a
 * reverse proxy is declared with TRUST_PROXY — the proxy's X-Forwarded-Proto says so.
 */
export function servedOverHttps(
  request: { url: string; headers: Headers },
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (env.NEXTAUTH_URL?.trim().toLowerCase().startsWith("https:")) return true;
  if (request.url.toLowerCase().startsWith("https:")) return true;
  const trusted = Number(env.TRUST_PROXY ?? 0) > 0 || env.TRUST_PROXY === "true";
  if (!trusted) return false;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
}
