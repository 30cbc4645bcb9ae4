import { errorResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { spreadsheetFormat, spreadsheetResponse } from "@/lib/format/spreadsheet-file";
import { scheduleExportRows } from "@/lib/schedules/export";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/penjurian/<round>/jadwal?format=csv|xlsx — the round's schedule, one row per entry. */
export async function GET(request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const { roundId } = await params;
    const { fileBase, rows } = await scheduleExportRows(actor, roundId);
    return await spreadsheetResponse(
      rows,
      spreadsheetFormat(new URL(request.url).searchParams.get("format")),
      fileBase,
      "Jadwal",
    );
  } catch (e) {
    return errorResponse(e, "penjurian.jadwal.ekspor");
  }
}
