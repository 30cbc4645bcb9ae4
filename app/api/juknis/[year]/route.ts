import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { openGuidebook, removeGuidebook, uploadGuidebook } from "@/lib/guidebooks/guidebooks";
import { contentDisposition, errorResponse } from "@/lib/http/responses";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { uploadedFile } from "@/lib/http/uploaded-file";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ year: string }> };

/** The public download of an edition's guidebook (petunjuk teknis): no sign-in needed. */
async function handleGet(_request: Request, { params }: Context) {
  try {
    const { year } = await params;
    const file = await openGuidebook(year);
    return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
      headers: {
        "content-type": "application/pdf",
        "content-length": String(file.sizeBytes),
        "content-disposition": contentDisposition("attachment", file.fileName),
        // Short: a replaced guidebook should reach readers the same day.
        "cache-control": "public, max-age=300",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (e) {
    return errorResponse(e, "juknis.download");
  }
}

async function requireActor() {
  const actor = await getActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
  return actor;
}

// Upload or replace. The PDF is the raw request body (not multipart), streamed, size-capped and sniffed; the
// service checks the permission.
async function handlePost(request: Request, { params }: Context) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  let actor: Actor | undefined;
  try {
    const { year } = await params;
    actor = await requireActor();
    const guidebook = await uploadGuidebook(actor, { year, ...uploadedFile(request, "") });
    return Response.json(
      { ok: true, guidebook: { fileName: guidebook.fileName, sizeBytes: guidebook.sizeBytes } },
      { status: 201 },
    );
  } catch (e) {
    return errorResponse(e, "juknis.upload", { actor });
  }
}

async function handleDelete(request: Request, { params }: Context) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  let actor: Actor | undefined;
  try {
    const { year } = await params;
    actor = await requireActor();
    await removeGuidebook(actor, year);
    return Response.json({ ok: true });
  } catch (e) {
    return errorResponse(e, "juknis.remove", { actor });
  }
}

export const GET = loggedRoute("juknis.download", handleGet);
export const POST = loggedRoute("juknis.upload", handlePost);
export const DELETE = loggedRoute("juknis.remove", handleDelete);
