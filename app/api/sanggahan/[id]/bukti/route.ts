import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/permissions";
import { errorResponse } from "@/lib/http/responses";
import { servedFileHeaders } from "@/lib/proposals/served-file";
import { requireRouteActor } from "@/lib/http/require-actor";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { uploadedFile } from "@/lib/http/uploaded-file";
import { loggedRoute } from "@/lib/log/route";
import { attachEvidence, openEvidence } from "@/lib/results/objections";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The evidence of an objection: the secretariat and the person who lodged it. */
async function handleGet(_request: Request, { params }: Context) {
  let actor: Actor | undefined;
  try {
    const { id } = await params;
    actor = await requireRouteActor();
    const file = await openEvidence(actor, id);
    // An uploaded file, served like every other (lib/proposals/served-file.ts): its own locked-down policy.
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: servedFileHeaders(file),
    });
  } catch (e) {
    return errorResponse(e, "sanggahan.evidence", { actor });
  }
}

/** One evidence file (PDF, JPEG, PNG) for one's own objection, while the window is open; raw request body. */
async function handlePost(request: Request, { params }: Context) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  let actor: Actor | undefined;
  try {
    const { id } = await params;
    actor = await requireRouteActor();
    const r = await attachEvidence(actor, { objectionId: id, ...uploadedFile(request, "bukti") });
    return Response.json({ ok: true, fileName: r.fileName }, { status: 201 });
  } catch (e) {
    return errorResponse(e, "sanggahan.attach-evidence", { actor });
  }
}

export const GET = loggedRoute("sanggahan.evidence", handleGet);
export const POST = loggedRoute("sanggahan.attach-evidence", handlePost);
