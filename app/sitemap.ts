import type { MetadataRoute } from "next";
import { galleryItems, publicAnnouncements, publicEditions } from "@/lib/public-site/queries";
import { publicHref, type PublicLocale } from "@/lib/public-site/routes";

// The public site's addresses, both languages, read through the same visibility rule as the pages. Rendered per
// request (the build has no database); search engines ask for it rarely.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
  const [items, editions, announcements] = await Promise.all([galleryItems(), publicEditions(), publicAnnouncements()]);
  const paths: { path: string; modified?: Date }[] = [
    { path: "/" },
    { path: "/pengumuman", modified: announcements[0]?.publishedAt },
    { path: "/inovasi" },
    { path: "/edisi" },
    ...editions.map((e) => ({ path: `/edisi/${e.year}` })),
    ...items.map((i) => ({ path: `/inovasi/${i.id}` })),
    ...announcements.map((a) => ({ path: `/pengumuman/${a.id}`, modified: a.publishedAt })),
  ];
  const url = (locale: PublicLocale, path: string) => `${base}${publicHref(locale, path)}`;
  return paths.map(({ path, modified }) => ({
    url: url("id", path),
    lastModified: modified,
    alternates: { languages: { id: url("id", path), en: url("en", path) } },
  }));
}
