import type { Metadata } from "next";
import { Gallery } from "@/components/public-site/gallery";
import { localeFrom } from "@/components/public-site/locale";
import { PublicPageHeader } from "@/components/public-site/page-header";
import { GALLERY_PAGE_SIZE, galleryOptions } from "@/lib/public-site/gallery-filter";
import { dictionary } from "@/lib/public-site/i18n";
import { publicMetadata } from "@/lib/public-site/metadata";
import { galleryItems } from "@/lib/public-site/queries";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = dictionary(locale).gallery;
  return publicMetadata(locale, "/inovasi", { title: t.title, description: t.description });
}

// The cached page carries the filters' choices and the first page of cards only; the browser fetches the whole
// list (/inovasi/data.json, cached too) to filter, search and page. Carrying all 500 entries in the page's HTML and
// again in its RSC payload made it 240 KB (decision 016, "The gallery").
export default async function GalleryPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = dictionary(locale);
  const items = await galleryItems();
  return (
    <>
      <PublicPageHeader title={t.gallery.title} lead={<p>{t.gallery.description}</p>} />
      <div className="bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          <Gallery
            firstPage={items.slice(0, GALLERY_PAGE_SIZE)}
            total={items.length}
            options={galleryOptions(items, t.kinds)}
            locale={locale}
          />
        </div>
      </div>
    </>
  );
}
