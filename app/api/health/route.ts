import { prisma } from "@/lib/db";
import { fileStorage } from "@/lib/storage";
import { log } from "@/lib/log";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";

/**
 * Liveness for load balancers and the test runner: the database answers and uploads can be written. Says
 * which part is down, nothing more (no versions, paths or error text: the endpoint is public).
 */
async function handleGet() {
  const [database, storage] = await Promise.all([
    prisma.$queryRaw`SELECT 1`.then(
      () => "ok" as const,
      () => "unavailable" as const,
    ),
    // A misconfigured store throws on creation: reported like one that is down.
    Promise.resolve()
      .then(() => fileStorage().check())
      .then(
        () => "ok" as const,
        (e: unknown) => {
          // The reason goes to the log only (an S3 error carries the status and S3's code, never credentials).
          log("warn", "storage unavailable", { reason: e instanceof Error ? e.message : String(e) });
          return "unavailable" as const;
        },
      ),
  ]);
  const ok = database === "ok" && storage === "ok";
  return Response.json({ status: ok ? "ok" : "degraded", database, storage }, { status: ok ? 200 : 503 });
}

export const GET = loggedRoute("health", handleGet, { quiet: true });
