import { notFound } from "next/navigation";
import { loggedRoute } from "@/lib/log/route";
import { packGallery } from "@/lib/public-site/gallery-data";
import { galleryItems } from "@/lib/public-site/queries";
import { isPublicLocale } from "@/lib/public-site/routes";

// /inovasi/data.json: every published finalist and winner, packed (lib/public-site/gallery-data.ts). The gallery
// page carries only its first page of cards and fetches this to filter, search and page in the browser. Cached
// like the pages (decision 016): rendered on the first request, never at build (no database there), served
// from the cache until a publication moves the public-site version.
export const dynamic = "force-static";
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ lang: string }> };

async function handleGet(_request: Request, { params }: Context) {
  if (!isPublicLocale((await params).lang)) notFound();
  return Response.json(packGallery(await galleryItems()));
}

export const GET = loggedRoute("public.gallery-data", handleGet);
