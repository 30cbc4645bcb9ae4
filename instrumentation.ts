// Runs once when a Next.js server starts, before it handles requests: `npm start` and a bare `npm run serve`
// (`next start`) alike refuse to serve on a database that fails lib/server-start.ts's checks.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The sign-in limits need the connection's own address, which route handlers do not see (lib/auth).
  const { installPeerAddressGuard } = await import("@/lib/auth/peer-address");
  installPeerAddressGuard();
  // Cached pages leave as bytes, not as one long string: several times the throughput (decision 022).
  const { installBufferedEnd } = await import("@/lib/http/buffered-end");
  installBufferedEnd();
  // Autosave and cached public pages are answered before Next.js routes them (decision 023).
  if (process.env.NODE_ENV === "production") {
    const { installFrontDoor } = await import("@/lib/http/front-door");
    const { saveSectionDoor } = await import("@/lib/proposals/autosave-route");
    const { publicPageDoor } = await import("@/lib/public-site/page-door");
    installFrontDoor([saveSectionDoor, publicPageDoor]);
  }
  // The cache handler asks the database whether the public site changed (decision 016).
  const { registerPublicSiteVersionReader } = await import("@/lib/public-site/version");
  registerPublicSiteVersionReader();
  const { checkServerStart } = await import("@/lib/server-start");
  try {
    await checkServerStart();
  } catch (e) {
    console.error(`✖ ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
