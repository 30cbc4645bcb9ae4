import { Readable } from "node:stream";
import { contentDisposition, errorResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { openAttachment } from "@/lib/proposals/attachments";

export const dynamic = "force-dynamic";

/** Download, only for those who may read the proposal. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  try {
    const { id, attachmentId } = await params;
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const file = await openAttachment(actor, id, attachmentId);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": file.contentType,
        "content-length": String(file.sizeBytes),
        "content-disposition": contentDisposition("attachment", file.fileName),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    return errorResponse(e, "usulan.lampiran.download");
  }
}
