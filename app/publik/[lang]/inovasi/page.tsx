import type { Metadata } from "next";
import { Gallery } from "@/components/public-site/gallery";
import { localeFrom } from "@/components/public-site/locale";
import { PublicPageHeader } from "@/components/public-site/page-header";
import { dictionary } from "@/lib/public-site/i18n";
import { publicMetadata } from "@/lib/public-site/metadata";
import { galleryItems } from "@/lib/public-site/queries";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = dictionary(locale).gallery;
  return publicMetadata(locale, "/inovasi", { title: t.title, description: t.description });
}

export default async function GalleryPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = dictionary(locale).gallery;
  const items = await galleryItems();
  return (
    <>
      <PublicPageHeader title={t.title} lead={<p>{t.description}</p>} />
      <div className="bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          <Gallery items={items} locale={locale} />
        </div>
      </div>
    </>
  );
}
