import type { Metadata } from "next";
import { dictionary } from "./i18n";
import { publicHref, type PublicLocale } from "./routes";

/** Title, description, canonical address, the other language and the social preview of one public page. */
export function publicMetadata(
  locale: PublicLocale,
  path: string,
  page: { title?: string; description: string; absoluteTitle?: boolean },
): Metadata {
  const t = dictionary(locale);
  const url = publicHref(locale, path);
  const title = page.title ?? t.home.title;
  return {
    title: page.absoluteTitle || !page.title ? { absolute: title } : title,
    description: page.description,
    alternates: {
      canonical: url,
      languages: { id: publicHref("id", path), en: publicHref("en", path), "x-default": publicHref("id", path) },
    },
    openGraph: {
      type: "website",
      url,
      title: page.title ? `${page.title} · KOVABLIK` : title,
      description: page.description,
      siteName: "KOVABLIK",
      locale: locale === "id" ? "id_ID" : "en_GB",
      alternateLocale: locale === "id" ? ["en_GB"] : ["id_ID"],
      images: [{ url: "/og.png", width: 1200, height: 630, alt: t.home.title }],
    },
    twitter: {
      card: "summary_large_image",
      title: page.title ?? title,
      description: page.description,
      images: ["/og.png"],
    },
  };
}

/** A description cut to a preview's length at a word. */
export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, flat.lastIndexOf(" ", max - 1) > 60 ? flat.lastIndexOf(" ", max - 1) : max - 1)}…`;
}
