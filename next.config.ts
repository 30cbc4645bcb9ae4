import path from "node:path";
import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/http/security-headers";
import { publicRedirects, publicRewrites } from "./lib/public-site/routes";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next.js would hash every cached page's whole HTML in JavaScript on every request to make its ETag: about
  // a third of the time the public gallery costs to serve (bench:public). Pages say how long to keep them
  // instead (Cache-Control); decision 022.
  generateEtags: false,
  // Compression belongs to the reverse proxy in front of the app servers; in Node it cost ~5% of CPU on the
  // autosave path (measured with tests/bench/autosave.ts). Set KOVABLIK_COMPRESS=1 to serve without a proxy.
  compress: process.env.KOVABLIK_COMPRESS === "1",
  // The embedded database (PGlite, WebAssembly) is loaded from node_modules at run time, never bundled.
  // (pg and @prisma/client are already on Next.js's built-in external list.)
  // pdfkit reads its built-in font metrics from its own folder at run time, so it is not bundled either.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pdfkit"],
  // The public site is cached HTML (decision 016): rendered on first request, kept in each process's memory
  // and dropped there when the public-site version in the database moves (lib/public-site/cache-handler.cjs).
  // Not written to .next on disk: processes sharing a build must not serve each other's older renders.
  cacheHandler: path.resolve("lib/public-site/cache-handler.cjs"),
  experimental: {
    isrFlushToDisk: false,
    // Enables forbidden() / unauthorized() from next/navigation and app/forbidden.tsx (403 view).
    authInterrupts: true,
  },
  // Visitors see "/", "/inovasi/…", "/en/…"; the pages live in app/publik/[lang] (lib/public-site/routes.ts).
  async rewrites() {
    return { beforeFiles: publicRewrites(), afterFiles: [], fallback: [] };
  },
  async redirects() {
    return publicRedirects();
  },
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
