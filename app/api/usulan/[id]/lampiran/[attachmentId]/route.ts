import { Readable } from "node:stream";
import { errorResponse } from "@/lib/http/responses";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { openAttachment } from "@/lib/proposals/attachments";
import { servedFileHeaders } from "@/lib/proposals/served-file";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";

/** The file, for those who may read the proposal and judges scoring it (loadForFileRead): shown in the browser when it can (PDF, images), else downloaded. */
async function handleGet(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  let actor: Actor | null | undefined;
  try {
    const { id, attachmentId } = await params;
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const file = await openAttachment(actor, id, attachmentId);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: servedFileHeaders(file),
    });
  } catch (e) {
    return errorResponse(e, "usulan.lampiran.download", { actor });
  }
}

export const GET = loggedRoute("usulan.lampiran.download", handleGet);
