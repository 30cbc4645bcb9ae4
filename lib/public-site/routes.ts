// Which addresses are the cached public site (decision 016). Plain data with no imports: next.config.ts
// (rewrites), proxy.ts (the CSP without a nonce) and the pages all read it.
//
// The pages live in app/publik/[lang]/<section>; visitors see "/<section>/…" (Indonesian) and
// "/en/<section>/…" (English). A new public section: its folder there plus its name in PUBLIC_SECTIONS.

export const PUBLIC_LOCALES = ["id", "en"] as const;
export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

/** Top-level sections of the public site (each also under /en/). */
export const PUBLIC_SECTIONS = ["pengumuman", "inovasi", "edisi"] as const;

/** The folder the public pages live in; never linked, and redirected when asked for directly. */
export const PUBLIC_INTERNAL_PREFIX = "/publik";

export function isPublicLocale(value: string): value is PublicLocale {
  return (PUBLIC_LOCALES as readonly string[]).includes(value);
}

/** Is `pathname` (as the visitor asked for it) a page of the cached public site? */
export function isPublicPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  if (path === "/" || path === "/en") return true;
  const rest = path.startsWith("/en/") ? path.slice(3) : path;
  const section = rest.split("/")[1] ?? "";
  return (PUBLIC_SECTIONS as readonly string[]).includes(section);
}

/** The address of an entry's published photo (app/publik/[lang]/inovasi/[id]/foto/[photoId]), one for both languages. */
export function publicPhotoHref(entryId: string, photoId: string): string {
  return `/inovasi/${entryId}/foto/${photoId}`;
}

/**
 * Is `pathname` a file of the public site (an entry's photo) rather than a page? It is served with the file's
 * own headers (lib/proposals/served-file.ts: a sandboxed policy that loads nothing), which proxy.ts leaves alone.
 */
export function isPublicFilePath(pathname: string): boolean {
  return /^(\/en)?\/inovasi\/[^/]+\/foto\/[^/]+\/?$/.test(pathname);
}

/** The visitor's address of a public page: `publicHref("en", "/inovasi/x")` → "/en/inovasi/x". */
export function publicHref(locale: PublicLocale, path = "/"): string {
  if (locale === "id") return path;
  return path === "/" ? "/en" : `/en${path}`;
}

/** next.config.ts rewrites: visitor address → the page under app/publik/[lang]. */
export function publicRewrites() {
  const sections = PUBLIC_SECTIONS.join("|");
  return [
    { source: "/", destination: `${PUBLIC_INTERNAL_PREFIX}/id` },
    { source: "/en", destination: `${PUBLIC_INTERNAL_PREFIX}/en` },
    { source: `/:section(${sections})`, destination: `${PUBLIC_INTERNAL_PREFIX}/id/:section` },
    { source: `/:section(${sections})/:rest*`, destination: `${PUBLIC_INTERNAL_PREFIX}/id/:section/:rest*` },
    { source: `/en/:section(${sections})`, destination: `${PUBLIC_INTERNAL_PREFIX}/en/:section` },
    { source: `/en/:section(${sections})/:rest*`, destination: `${PUBLIC_INTERNAL_PREFIX}/en/:section/:rest*` },
  ];
}

/** next.config.ts redirects: the internal folder asked for directly goes to the visitor's address. */
export function publicRedirects() {
  return [
    { source: `${PUBLIC_INTERNAL_PREFIX}/id`, destination: "/", permanent: false },
    { source: `${PUBLIC_INTERNAL_PREFIX}/id/:rest*`, destination: "/:rest*", permanent: false },
    { source: `${PUBLIC_INTERNAL_PREFIX}/en/:rest*`, destination: "/en/:rest*", permanent: false },
    { source: `${PUBLIC_INTERNAL_PREFIX}/:rest*`, destination: "/", permanent: false },
    { source: PUBLIC_INTERNAL_PREFIX, destination: "/", permanent: false },
  ];
}
