import { fileSlug } from "@/lib/format/file-name";
import { errorResponse, pdfResponse } from "@/lib/http/responses";
import { renderProposalPdf } from "@/components/proposals/proposal-pdf";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { getProposalPreview } from "@/lib/proposals/preview";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

async function handleGet(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  let actor: Actor | null | undefined;
  try {
    const { id } = await params;
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const preview = await getProposalPreview(actor, id);
    const pdf = await renderProposalPdf(preview);
    const name = `usulan-kovablik-${preview.editionYear}-${fileSlug(preview.title, "inovasi")}.pdf`;
    return pdfResponse(pdf, name);
  } catch (e) {
    return errorResponse(e, "usulan.pdf", { actor });
  }
}

export const GET = loggedRoute("usulan.pdf", handleGet);
