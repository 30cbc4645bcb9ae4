import { errorResponse } from "@/lib/http/responses";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { loggedRoute } from "@/lib/log/route";
import { spreadsheetFormat, spreadsheetResponse } from "@/lib/format/spreadsheet-file";
import { rankingExportRows } from "@/lib/ranking/ranking-queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/penjurian/<round>/peringkat?format=csv|xlsx — the round's ranking, one row per entry. */
async function handleGet(request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  let actor: Actor | null | undefined;
  try {
    actor = await getActor();
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
    return errorResponse(e, "penjurian.peringkat.ekspor", { actor });
  }
}

export const GET = loggedRoute("penjurian.peringkat.ekspor", handleGet);
