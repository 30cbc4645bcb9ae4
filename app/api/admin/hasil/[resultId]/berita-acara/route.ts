import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/permissions";
import { contentDisposition, errorResponse } from "@/lib/http/responses";
import { requireRouteActor } from "@/lib/http/require-actor";
import { loggedRoute } from "@/lib/log/route";
import { openMinutes } from "@/lib/results/confirmation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ resultId: string }> };

/** The plenary minutes attached to a confirmed result version (the secretariat). */
async function handleGet(_request: Request, { params }: Context) {
  let actor: Actor | undefined;
  try {
    const { resultId } = await params;
    actor = await requireRouteActor();
    const file = await openMinutes(actor, resultId);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition("attachment", file.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    return errorResponse(e, "hasil.minutes", { actor });
  }
}

export const GET = loggedRoute("hasil.minutes", handleGet);
