import "server-only";
import { recordRefusal } from "@/lib/audit/refusals";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError, GENERIC_ERROR_MESSAGE, type DomainErrorCode } from "@/lib/errors";
import { logError } from "@/lib/log";

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  DEADLINE: 409,
  RATE_LIMITED: 429,
};

type RefusalAudit = {
  /** Who asked, when the route has read it already; left out, the session is read here. */
  actor?: Actor | null;
  /** Refusals that are part of the route's normal use and would only flood the log (autosave's word limit). */
  unaudited?: readonly DomainErrorCode[];
};

/**
 * A route handler's failure as JSON the browser can show; unexpected errors are logged, never echoed. A refusal
 * of a signed-in person is audited like a refused server action (lib/actions/action.ts), under the route's name.
 */
export async function errorResponse(e: unknown, where: string, audit: RefusalAudit = {}): Promise<Response> {
  if (e instanceof DomainError) {
    if (e.code !== "UNAUTHENTICATED" && !audit.unaudited?.includes(e.code)) {
      const actor = audit.actor !== undefined ? audit.actor : await getActor().catch(() => null);
      await recordRefusal(`route:${where}`, actor, { code: e.code, permission: "route", message: e.message });
    }
    return Response.json({ ok: false, error: e.message, code: e.code }, { status: STATUS[e.code] ?? 400 });
  }
  logError(where, e);
  return Response.json({ ok: false, error: GENERIC_ERROR_MESSAGE }, { status: 500 });
}

/** Content-Disposition that survives non-ASCII file names. */
export function contentDisposition(kind: "attachment" | "inline", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A PDF the portal wrote itself (certificate, minutes, proposal), private to the one who asked for it. */
export function pdfResponse(pdf: Uint8Array, fileName: string, kind: "attachment" | "inline" = "attachment"): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition(kind, fileName),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
