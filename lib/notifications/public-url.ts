// Every link in a mail is built here, from the portal's public address (NEXTAUTH_URL). A mail whose link
// points at the sender's own machine (localhost, 127.0.0.1) is useless to its recipient and tells them the
// portal is misconfigured, so a production server refuses to queue or send one. Not server-only: the
// start-up check (lib/server-start.ts) uses it too.

import { DomainError } from "@/lib/errors";

export const ALLOW_LOCAL_LINKS_ENV = "KOVABLIK_ALLOW_LOCAL_LINKS";

export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`;
}

/** The absolute address of a portal page, as written in mail. */
export function mailLink(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(path, publicBaseUrl(env)).toString();
}

export function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h.endsWith(".localhost") || /^127\./.test(h) || h === "::1" || h === "0.0.0.0";
}

/**
 * Links to this machine are fine off production, on the embedded single-machine trial (`npm start` without
 * DATABASE_URL, like the demo accounts), and on throwaway test servers that say so.
 */
export function localLinksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== "production" || !env.DATABASE_URL || env[ALLOW_LOCAL_LINKS_ENV] === "1";
}

/** The links in a mail text that point at this machine. */
export function localLinksIn(text: string): string[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s"'<>]+/gi)]
    .map((m) => m[0])
    .filter((u) => {
      try {
        return isLocalHost(new URL(u).hostname);
      } catch {
        return false;
      }
    });
}

/** Shown to the person whose action would have sent the mail; the details go to the server log. */
export const LOCAL_LINK_MESSAGE =
  "Email tidak dapat dikirim karena alamat portal belum diatur oleh pengelola server. Hubungi pengelola server; " +
  "tidak ada yang diubah.";

/** Throws (and logs why) when a production mail would carry a link to localhost. */
export function assertPublicLinks(text: string, context: string, env: NodeJS.ProcessEnv = process.env): void {
  if (localLinksAllowed(env)) return;
  const local = localLinksIn(text);
  if (!local.length) return;
  console.error(
    `[mail] ${context}: refused, its link points at this machine (${local[0]}). Set NEXTAUTH_URL to the portal's ` +
      `public address (https://…); only a throwaway test server may set ${ALLOW_LOCAL_LINKS_ENV}=1.`,
  );
  // A domain error, so the person who acted reads the sentence instead of the generic failure message.
  throw new DomainError("CONFLICT", LOCAL_LINK_MESSAGE);
}

/** The start-up check: a production portal whose public address is this machine would mail dead links. */
export function publicUrlProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  if (localLinksAllowed(env)) return null;
  let host: string;
  try {
    host = new URL(publicBaseUrl(env)).hostname;
  } catch {
    return `Portal tidak dijalankan: NEXTAUTH_URL (${env.NEXTAUTH_URL}) bukan alamat yang sah.`;
  }
  if (!isLocalHost(host)) return null;
  return (
    `Portal tidak dijalankan: alamat publik portal (NEXTAUTH_URL=${publicBaseUrl(env)}) menunjuk ke mesin ini, ` +
    `sehingga setiap tautan dalam email tidak dapat dibuka penerimanya. Set NEXTAUTH_URL ke alamat publik portal ` +
    `(mis. https://kovablik.jatimprov.go.id). Hanya untuk server uji yang dibuang setelahnya: set ${ALLOW_LOCAL_LINKS_ENV}=1.`
  );
}
