import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InnovationView } from "@/components/public-site/innovation-view";
import { localeFrom } from "@/components/public-site/locale";
import { dictionary } from "@/lib/public-site/i18n";
import { excerpt, publicMetadata } from "@/lib/public-site/metadata";
import { publicInnovation } from "@/lib/public-site/queries";

type Props = { params: Promise<{ lang: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const item = await publicInnovation((await params).id);
  if (!item) return { title: dictionary(locale).notFound };
  return publicMetadata(locale, `/inovasi/${item.id}`, {
    title: item.title,
    description: excerpt(item.summary ?? `${item.title} — ${item.institution}, KOVABLIK ${item.year}.`),
  });
}

export default async function InnovationPage({ params }: Props) {
  const locale = await localeFrom(params);
  const item = await publicInnovation((await params).id);
  if (!item) notFound();
  return <InnovationView item={item} locale={locale} />;
}
