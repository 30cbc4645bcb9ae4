import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnnouncementBody } from "@/components/public-site/announcements";
import { localeFrom } from "@/components/public-site/locale";
import { PublicPageHeader } from "@/components/public-site/page-header";
import { dictionary, publicDate } from "@/lib/public-site/i18n";
import { excerpt, publicMetadata } from "@/lib/public-site/metadata";
import { publicAnnouncement } from "@/lib/public-site/queries";
import { publicHref } from "@/lib/public-site/routes";

type Props = { params: Promise<{ lang: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const a = await publicAnnouncement((await params).id);
  if (!a) return { title: dictionary(locale).notFound };
  return publicMetadata(locale, `/pengumuman/${a.id}`, { title: a.title, description: excerpt(a.body) });
}

export default async function AnnouncementPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = dictionary(locale).announcements;
  const a = await publicAnnouncement((await params).id);
  if (!a) notFound();
  return (
    <>
      <PublicPageHeader
        eyebrow={t.title}
        title={a.title}
        lead={<p>{`${t.published} ${publicDate(locale, a.publishedAt)}`}</p>}
      />
      <article className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <AnnouncementBody body={a.body} />
        <p className="mt-8">
          <Link
            href={publicHref(locale, "/pengumuman")}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-2"
          >
            {t.back}
          </Link>
        </p>
      </article>
    </>
  );
}
