// Checks the server runs before it answers a single request (called from instrumentation.ts): the embedded
// database must be this data directory's own, and a production server must not let anyone in with the
// published demo password, nor mail links that point at its own machine. Refusing to start is the safe
// outcome of each.
import { assertNoDemoAccounts } from "@/lib/auth/demo-accounts";
import { databaseUrl, isEmbedded } from "@/lib/db/config";
import { verifyInstance } from "@/lib/db/instance";
import { publicUrlProblem } from "@/lib/notifications/public-url";

export async function checkServerStart(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // Next skips instrumentation during `next build` already; said again here because a build must never need
  // the database to be up (the launcher checks the one it builds against).
  if (env.NEXT_PHASE === "phase-production-build") return;
  const urlProblem = publicUrlProblem(env);
  if (urlProblem) throw new Error(urlProblem);
  if (isEmbedded()) {
    try {
      await verifyInstance(databaseUrl());
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ECONNREFUSED") {
        throw new Error("Basis data bawaan tidak berjalan. Jalankan portal dengan `npm start`, atau set DATABASE_URL.");
      }
      throw e;
    }
    return;
  }
  if (env.NODE_ENV !== "production") return;
  const { getPrisma } = await import("@/lib/db/client");
  await assertNoDemoAccounts(getPrisma(), env);
}
