import type { Actor } from "@/lib/auth/permissions";
import { errorResponse } from "@/lib/http/responses";
import { requireRouteActor } from "@/lib/http/require-actor";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { uploadedFile } from "@/lib/http/uploaded-file";
import { loggedRoute } from "@/lib/log/route";
import { confirmResult } from "@/lib/results/confirmation";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ resultId: string }> };

// The plenary's confirmation of a result version: the minutes PDF is the raw request body (streamed, capped,
// sniffed); the service checks the permission, the objection window and the version, in one transaction.
async function handlePost(request: Request, { params }: Context) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  let actor: Actor | undefined;
  try {
    const { resultId } = await params;
    actor = await requireRouteActor();
    const r = await confirmResult(actor, { resultId, ...uploadedFile(request, "") });
    return Response.json({ ok: true, version: r.version, published: r.published });
  } catch (e) {
    return errorResponse(e, "hasil.confirm", { actor });
  }
}

export const POST = loggedRoute("hasil.confirm", handlePost);
