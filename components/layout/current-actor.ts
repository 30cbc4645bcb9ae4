import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";

/**
 * The signed-in user for the page frame (header, footer), or null. The frame must never take a page down with
 * it, error pages included. `getActor` is cached per request, so header and footer share one lookup.
 */
export async function currentActor(): Promise<Actor | null> {
  try {
    return await getActor();
  } catch (e) {
    // Next's own signals (this render reads cookies, so it is dynamic) must pass through.
    unstable_rethrow(e);
    console.error("[page frame]", e);
    return null;
  }
}
