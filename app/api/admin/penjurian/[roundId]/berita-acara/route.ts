import { renderMinutesPdf } from "@/components/ranking/minutes-pdf";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { fileSlug } from "@/lib/format/file-name";
import { DomainError } from "@/lib/errors";
import { loggedRoute } from "@/lib/log/route";
import { errorResponse, pdfResponse } from "@/lib/http/responses";
import { minutesData } from "@/lib/ranking/minutes";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/penjurian/<round>/berita-acara — the minutes of a sealed round, as a PDF. */
async function handleGet(_request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  let actor: Actor | null | undefined;
  try {
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const { roundId } = await params;
    const data = await minutesData(actor, roundId);
    const pdf = await renderMinutesPdf(data);
    return pdfResponse(
      pdf,
      `berita-acara-${data.round.edition.year}-${fileSlug(data.round.name, "babak")}.pdf`,
      "inline",
    );
  } catch (e) {
    return errorResponse(e, "penjurian.berita-acara", { actor });
  }
}

export const GET = loggedRoute("penjurian.berita-acara", handleGet);
