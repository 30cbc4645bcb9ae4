import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/permissions";
import { errorResponse } from "@/lib/http/responses";
import { servedFileHeaders } from "@/lib/proposals/served-file";
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
    // An uploaded file, served like every other (lib/proposals/served-file.ts): its own locked-down policy.
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: servedFileHeaders({ fileName: file.fileName, contentType: "application/pdf" }),
    });
  } catch (e) {
    return errorResponse(e, "hasil.minutes", { actor });
  }
}

export const GET = loggedRoute("hasil.minutes", handleGet);
