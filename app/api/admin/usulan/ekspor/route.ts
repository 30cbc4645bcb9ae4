import { errorResponse } from "@/lib/http/responses";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { spreadsheetFormat, spreadsheetResponse } from "@/lib/format/spreadsheet-file";
import { provinceExportRows } from "@/lib/proposals/export";
import { provinceListQuerySchema } from "@/lib/proposals/workflow-schemas";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** GET /api/admin/usulan/ekspor?format=csv|xlsx&<the list's filters> */
async function handleGet(request: Request) {
  let actor: Actor | null | undefined;
  try {
    actor = await getActor();
    if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
    const search = new URL(request.url).searchParams;
    const { filters } = provinceListQuerySchema.parse(Object.fromEntries(search));
    const { fileBase, rows } = await provinceExportRows(actor, filters);
    return await spreadsheetResponse(rows, spreadsheetFormat(search.get("format")), fileBase, "Usulan");
  } catch (e) {
    return errorResponse(e, "usulan.ekspor", { actor });
  }
}

export const GET = loggedRoute("usulan.ekspor", handleGet);
