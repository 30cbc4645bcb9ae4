import { notFound } from "next/navigation";
import { isPublicLocale, type PublicLocale } from "@/lib/public-site/routes";

/** The page's language from its [lang] segment (anything else is a 404; the layout already refused it). */
export async function localeFrom(params: Promise<{ lang: string }>): Promise<PublicLocale> {
  const { lang } = await params;
  if (!isPublicLocale(lang)) notFound();
  return lang;
}
