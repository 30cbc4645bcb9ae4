import { errorResponse } from "@/lib/http/responses";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { uploadAttachment } from "@/lib/proposals/attachments";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { uploadedFile } from "@/lib/http/uploaded-file";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";

// The file is the raw request body (not multipart), so it can be streamed, size-capped and sniffed without
// buffering it whole. The service checks permission, status and deadline, like any edit.
async function handlePost(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  let actor: Actor | null | undefined;
  try {
    const { id } = await params;
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
    const kind = new URL(request.url).searchParams.get("jenis") ?? "";
    const attachment = await uploadAttachment(actor, { proposalId: id, kind, ...uploadedFile(request, "berkas") });
    return Response.json(
      { ok: true, attachment: { id: attachment.id, fileName: attachment.fileName } },
      { status: 201 },
    );
  } catch (e) {
    return errorResponse(e, "usulan.lampiran.upload", { actor });
  }
}

export const POST = loggedRoute("usulan.lampiran.upload", handlePost);
