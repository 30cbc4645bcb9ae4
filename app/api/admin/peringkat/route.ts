import { spreadsheetRoute } from "@/lib/http/spreadsheet-route";
import { loggedRoute } from "@/lib/log/route";
import { finalRankingExportRows } from "@/lib/ranking/final-ranking";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const NAME = "peringkat-akhir.ekspor";

/** GET /api/admin/peringkat?edisi=<year>&format=csv|xlsx — an edition's combined final ranking, one row per entry. */
export const GET = loggedRoute(
  NAME,
  spreadsheetRoute(
    NAME,
    (actor, request) =>
      finalRankingExportRows(actor, Number(new URL(request.url).searchParams.get("edisi")) || undefined),
    "Peringkat akhir",
  ),
);
