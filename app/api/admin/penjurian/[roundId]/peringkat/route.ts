import { roundSpreadsheetRoute } from "@/lib/http/spreadsheet-route";
import { loggedRoute } from "@/lib/log/route";
import { rankingExportRows } from "@/lib/ranking/ranking-queries";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NAME = "penjurian.peringkat.ekspor";

/** GET /api/admin/penjurian/<round>/peringkat?format=csv|xlsx — the round's ranking, one row per entry. */
export const GET = loggedRoute(NAME, roundSpreadsheetRoute(NAME, rankingExportRows, "Peringkat"));
