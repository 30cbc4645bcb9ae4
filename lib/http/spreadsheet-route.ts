import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { spreadsheetFormat, spreadsheetResponse } from "@/lib/format/spreadsheet-file";
import { errorResponse } from "./responses";

// The one shape of a table download (?format=csv|xlsx): who asks, the rows from the feature's loader, the
// file from spreadsheetResponse (every cell neutralised), refusals through errorResponse under the route's
// name. The route file stays one line: `export const GET = loggedRoute(NAME, roundSpreadsheetRoute(NAME, …))`.

export type SpreadsheetRows = { fileBase: string; rows: string[][] };

/** A download whose rows depend on the signed-in actor and the request (its query string). */
export function spreadsheetRoute<C>(
  name: string,
  load: (actor: Actor, request: Request, context: C) => Promise<SpreadsheetRows>,
  sheet: string,
) {
  return async function handleGet(request: Request, context: C): Promise<Response> {
    let actor: Actor | null | undefined;
    try {
      actor = await getActor();
      if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
      const { fileBase, rows } = await load(actor, request, context);
      return await spreadsheetResponse(
        rows,
        spreadsheetFormat(new URL(request.url).searchParams.get("format")),
        fileBase,
        sheet,
      );
    } catch (e) {
      return errorResponse(e, name, { actor });
    }
  };
}

/** GET /api/admin/penjurian/<round>/<table>?format=csv|xlsx — one of a round's tables as a file. */
export function roundSpreadsheetRoute(
  name: string,
  load: (actor: Actor, roundId: string) => Promise<SpreadsheetRows>,
  sheet: string,
) {
  return spreadsheetRoute<{ params: Promise<{ roundId: string }> }>(
    name,
    async (actor, _request, { params }) => load(actor, (await params).roundId),
    sheet,
  );
}
