import "server-only";
import { after } from "next/server";
import { logError } from "@/lib/log";

/**
 * Runs `work` after the response has been sent, so its duration cannot be read from the response time
 * (e.g. whether a reset request found an account). Outside a request (tests, scripts) it runs at once.
 */
export async function runAfterResponse(label: string, work: () => Promise<void>): Promise<void> {
  const guarded = () => work().catch((e: unknown) => logError(label, e));
  try {
    after(guarded);
    return;
  } catch {
    // No request scope.
  }
  await guarded();
}
