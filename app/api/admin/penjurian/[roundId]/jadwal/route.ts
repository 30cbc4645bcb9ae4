import { errorResponse } from "@/lib/http/responses";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { loggedRoute } from "@/lib/log/route";
import { spreadsheetFormat, spreadsheetResponse } from "@/lib/format/spreadsheet-file";
import { scheduleExportRows } from "@/lib/schedules/export";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/penjurian/<round>/jadwal?format=csv|xlsx — the round's schedule, one row per entry. */
async function handleGet(request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  let actor: Actor | null | undefined;
  try {
    actor = await getActor();
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
    return errorResponse(e, "penjurian.jadwal.ekspor", { actor });
  }
}

export const GET = loggedRoute("penjurian.jadwal.ekspor", handleGet);
