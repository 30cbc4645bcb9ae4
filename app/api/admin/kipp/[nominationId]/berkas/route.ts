import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { contentDisposition, errorResponse } from "@/lib/http/responses";
import { loggedRoute } from "@/lib/log/route";
import { buildDossier } from "@/lib/nominations/dossier";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// The KIPP dossier of one nomination as a ZIP (proposal PDF in the national order, data.json, attachments).
async function handleGet(_request: Request, { params }: { params: Promise<{ nominationId: string }> }) {
  let actor: Actor | null | undefined;
  try {
    const { nominationId } = await params;
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const dossier = await buildDossier(actor, nominationId);
    return new Response(dossier.stream, {
      headers: {
        "content-type": "application/zip",
        "content-disposition": contentDisposition("attachment", dossier.fileName),
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    return errorResponse(e, "kipp.berkas", { actor });
  }
}

export const GET = loggedRoute("kipp.berkas", handleGet);
