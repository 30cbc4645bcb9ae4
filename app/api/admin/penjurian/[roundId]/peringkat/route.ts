import { errorResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { spreadsheetFormat, spreadsheetResponse } from "@/lib/format/spreadsheet-file";
import { rankingExportRows } from "@/lib/ranking/ranking-queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/penjurian/<round>/peringkat?format=csv|xlsx — the round's ranking, one row per entry. */
export async function GET(request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const { roundId } = await params;
    const { fileBase, rows } = await rankingExportRows(actor, roundId);
    return await spreadsheetResponse(
      rows,
      spreadsheetFormat(new URL(request.url).searchParams.get("format")),
      fileBase,
      "Peringkat",
    );
  } catch (e) {
    return errorResponse(e, "penjurian.peringkat.ekspor");
  }
}
