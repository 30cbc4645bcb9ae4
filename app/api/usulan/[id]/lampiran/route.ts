import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { errorResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { uploadAttachment } from "@/lib/proposals/attachments";
import { refuseCrossOrigin } from "@/lib/http/same-origin";

export const dynamic = "force-dynamic";

// The file is the raw request body (not multipart), so it can be streamed, size-capped and sniffed without
// buffering it whole. The service checks permission, status and deadline, like any edit.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  try {
    const { id } = await params;
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
    const kind = new URL(request.url).searchParams.get("jenis") ?? "";
    const rawName = request.headers.get("x-file-name") ?? "berkas";
    let fileName: string;
    try {
      fileName = decodeURIComponent(rawName);
    } catch {
      fileName = "berkas";
    }
    if (!request.body) throw new DomainError("INVALID", "Berkas kosong.");
    const declared = Number(request.headers.get("content-length"));
    const attachment = await uploadAttachment(actor, {
      proposalId: id,
      kind,
      fileName,
      body: Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>),
      declaredSize: Number.isFinite(declared) && declared > 0 ? declared : null,
    });
    return Response.json({ ok: true, attachment: { id: attachment.id, fileName: attachment.fileName } }, { status: 201 });
  } catch (e) {
    return errorResponse(e, "usulan.lampiran.upload");
  }
}
