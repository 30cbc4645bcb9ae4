import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { logError } from "@/lib/log";
import { recordAuditNow } from "./audit";

export const REFUSED_ACTION = "action.refused";

/**
 * Records a server action refused for a signed-in person: who, which action, why (the refusal code, the
 * permission the action needs, the fields that failed validation — never their values). Refusals of
 * signed-out callers are not recorded: nobody to attribute them to, and anyone could fill the log with them.
 * Never fails the caller: the refusal is answered whether or not the entry could be written.
 */
export async function recordRefusal(
  actionName: string,
  actor: Actor | null,
  why: { code: string; permission: string; message?: string; fields?: string[] },
): Promise<void> {
  if (!actor) return;
  try {
    await recordAuditNow(prisma, {
      actorId: actor.id,
      action: REFUSED_ACTION,
      entityType: "Action",
      entityId: actionName,
      after: why,
    });
  } catch (e) {
    logError(`audit: refusal of ${actionName} not recorded`, e);
  }
}
