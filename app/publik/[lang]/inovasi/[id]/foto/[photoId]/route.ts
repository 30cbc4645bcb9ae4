import { Readable } from "node:stream";
import { loggedRoute } from "@/lib/log/route";
import { servedFileHeaders } from "@/lib/proposals/served-file";
import { publicPhoto } from "@/lib/public-site/queries";
import { isPublicLocale } from "@/lib/public-site/routes";
import { fileStorage } from "@/lib/storage";

// /inovasi/<id>/foto/<photoId>: one published photo of a public entry (lib/public-site/queries.ts publicPhoto
// decides, through visibility.ts). Not kept in the public-site page cache: every request asks the database, so a
// withdrawal (unpublishing, withholding the entry, the edition no longer publishing photos) holds at once here,
// and browsers and proxies may keep a copy for at most MAX_AGE seconds more.
export const dynamic = "force-dynamic";

const MAX_AGE = 300;

type Context = { params: Promise<{ lang: string; id: string; photoId: string }> };

/** One answer for "no such photo" and "not public": the address reveals nothing. */
function notFound(): Response {
  return new Response("Foto tidak ditemukan.", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

async function handleGet(request: Request, { params }: Context) {
  const { lang, id, photoId } = await params;
  if (!isPublicLocale(lang)) return notFound();
  const photo = await publicPhoto(id, photoId);
  if (!photo) return notFound();
  const etag = `"${photo.sha256}"`;
  const cache = { etag, "cache-control": `public, max-age=${MAX_AGE}` };
  const asked = request.headers.get("if-none-match");
  if (asked && asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: cache });
  }
  const stream = await fileStorage().get(photo.storageKey);
  if (!stream) return notFound();
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: { ...servedFileHeaders(photo), ...cache },
  });
}

export const GET = loggedRoute("public.innovation-photo", handleGet);
