import { contentDisposition, errorResponse } from "@/lib/http/responses";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { exportCsv, exportXlsx, provinceExportRows } from "@/lib/proposals/export";
import { provinceListQuerySchema } from "@/lib/proposals/workflow-schemas";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/usulan/ekspor?format=csv|xlsx&<the list's filters> */
export async function GET(request: Request) {
  try {
    const actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const search = new URL(request.url).searchParams;
    const { filters } = provinceListQuerySchema.parse(Object.fromEntries(search));
    const { fileBase, rows } = await provinceExportRows(actor, filters);
    const xlsx = search.get("format") === "xlsx";
    const body = xlsx ? await exportXlsx(rows) : exportCsv(rows);
    return new Response(new Uint8Array(body), {
      headers: {
        "content-type": xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
        "content-disposition": contentDisposition("attachment", `${fileBase}.${xlsx ? "xlsx" : "csv"}`),
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    return errorResponse(e, "usulan.ekspor");
  }
}
