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
