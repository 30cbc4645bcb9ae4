import { roundSpreadsheetRoute } from "@/lib/http/spreadsheet-route";
import { loggedRoute } from "@/lib/log/route";
import { progressExportRows } from "@/lib/judging/progress";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NAME = "penjurian.progres.ekspor";

/** GET /api/admin/penjurian/<round>/progres?format=csv|xlsx — the round's judging progress, one row per sheet. */
export const GET = loggedRoute(NAME, roundSpreadsheetRoute(NAME, progressExportRows, "Progres penilaian"));
