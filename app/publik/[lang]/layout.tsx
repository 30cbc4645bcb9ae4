import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PublicFrame } from "@/components/public-site/public-frame";
import { isPublicLocale } from "@/lib/public-site/routes";

// The cached public site (decision 016). Visitors reach it through the rewrites in lib/public-site/routes.ts
// ("/", "/inovasi", "/en/…"). Nothing below reads the session, cookies, headers or the search string: each page
// is rendered on its first request (never at build: no database there), then served from the cache until a
// publication expires it (or after REVALIDATE_SECONDS, which only matters for scheduled publication times).
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const { lang } = await params;
  if (!isPublicLocale(lang)) notFound();
  return <PublicFrame locale={lang}>{children}</PublicFrame>;
}
