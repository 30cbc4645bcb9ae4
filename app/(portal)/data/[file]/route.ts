import { errorResponse } from "@/lib/http/responses";
import { loggedRoute } from "@/lib/log/route";
import { OPEN_DATA_LICENSE, openDataCsv, openDataFor, parseOpenDataFile } from "@/lib/open-data/open-data";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

// Open data: /data/hasil-<year>.csv and .json, the published results only, under CC BY 4.0 (stated in the JSON,
// in a Link header for both, and on /data).
async function handleGet(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const { file } = await params;
    const wanted = parseOpenDataFile(file);
    const data = wanted && (await openDataFor(wanted.year));
    if (!wanted || !data) return Response.json({ ok: false, error: "Data tidak ditemukan." }, { status: 404 });
    const headers = {
      link: `<${OPEN_DATA_LICENSE.url}>; rel="license"`,
      "cache-control": "public, no-cache",
      "access-control-allow-origin": "*",
    };
    if (wanted.format === "json")
      return new Response(JSON.stringify(data, null, 2), {
        headers: { ...headers, "content-type": "application/json; charset=utf-8" },
      });
    return new Response(openDataCsv(data), {
      headers: {
        ...headers,
        "content-type": "text/csv; charset=utf-8; header=present",
        "content-disposition": `inline; filename="${file}"`,
      },
    });
  } catch (e) {
    return errorResponse(e, "data.hasil");
  }
}

export const GET = loggedRoute("data.hasil", handleGet);
