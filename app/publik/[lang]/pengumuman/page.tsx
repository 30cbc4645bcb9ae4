import type { Metadata } from "next";
import { AnnouncementList } from "@/components/public-site/announcements";
import { localeFrom } from "@/components/public-site/locale";
import { PublicPageHeader } from "@/components/public-site/page-header";
import { dictionary } from "@/lib/public-site/i18n";
import { publicMetadata } from "@/lib/public-site/metadata";
import { publicAnnouncements } from "@/lib/public-site/queries";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = dictionary(locale).announcements;
  return publicMetadata(locale, "/pengumuman", { title: t.title, description: t.description });
}

export default async function AnnouncementsPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = dictionary(locale).announcements;
  const list = await publicAnnouncements();
  return (
    <>
      <PublicPageHeader title={t.title} lead={<p>{t.description}</p>} />
      <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <AnnouncementList list={list} locale={locale} headingLevel={2} />
      </div>
    </>
  );
}
