import type { Actor } from "@/lib/auth/permissions";
import { errorResponse, pdfResponse } from "@/lib/http/responses";
import { requireRouteActor } from "@/lib/http/require-actor";
import { loggedRoute } from "@/lib/log/route";
import { certificatePdf } from "@/lib/results/certificates";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ code: string }> };

/** A certificate PDF, written from the data when downloaded: the secretariat and the entry's own units. */
async function handleGet(_request: Request, { params }: Context) {
  let actor: Actor | undefined;
  try {
    const { code } = await params;
    actor = await requireRouteActor();
    const file = await certificatePdf(actor, decodeURIComponent(code));
    return pdfResponse(file.pdf, file.fileName);
  } catch (e) {
    return errorResponse(e, "sertifikat.download", { actor });
  }
}

export const GET = loggedRoute("sertifikat.download", handleGet);
