import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";

/** A route handler's signed-in actor, or the refusal the browser shows. */
export async function requireRouteActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
  return actor;
}
