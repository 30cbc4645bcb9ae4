import { errorResponse } from "@/lib/http/responses";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { spreadsheetFormat, spreadsheetResponse } from "@/lib/format/spreadsheet-file";
import { progressExportRows } from "@/lib/judging/progress";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/penjurian/<round>/progres?format=csv|xlsx — the round's judging progress, one row per sheet. */
async function handleGet(request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  let actor: Actor | null | undefined;
  try {
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const { roundId } = await params;
    const { fileBase, rows } = await progressExportRows(actor, roundId);
    return await spreadsheetResponse(
      rows,
      spreadsheetFormat(new URL(request.url).searchParams.get("format")),
      fileBase,
      "Progres penilaian",
    );
  } catch (e) {
    return errorResponse(e, "penjurian.progres.ekspor", { actor });
  }
}

export const GET = loggedRoute("penjurian.progres.ekspor", handleGet);
