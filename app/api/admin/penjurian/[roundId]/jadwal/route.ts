import { roundSpreadsheetRoute } from "@/lib/http/spreadsheet-route";
import { loggedRoute } from "@/lib/log/route";
import { scheduleExportRows } from "@/lib/schedules/export";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NAME = "penjurian.jadwal.ekspor";

/** GET /api/admin/penjurian/<round>/jadwal?format=csv|xlsx — the round's schedule, one row per entry. */
export const GET = loggedRoute(NAME, roundSpreadsheetRoute(NAME, scheduleExportRows, "Jadwal"));
