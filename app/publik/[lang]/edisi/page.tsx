import type { Metadata } from "next";
import Link from "next/link";
import { localeFrom } from "@/components/public-site/locale";
import { PublicPageHeader } from "@/components/public-site/page-header";
import { dictionary } from "@/lib/public-site/i18n";
import { publicMetadata } from "@/lib/public-site/metadata";
import { publicEditions } from "@/lib/public-site/queries";
import { publicHref } from "@/lib/public-site/routes";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const t = dictionary(locale).editions;
  return publicMetadata(locale, "/edisi", { title: t.title, description: t.description });
}

export default async function EditionsPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = dictionary(locale).editions;
  const editions = await publicEditions();
  return (
    <>
      <PublicPageHeader title={t.title} lead={<p>{t.description}</p>} />
      <div className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        {editions.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t.empty}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {editions.map((e) => (
              <li key={e.year} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
                <h2 className="text-xl font-extrabold text-brand-950">
                  <Link href={publicHref(locale, `/edisi/${e.year}`)} className="rounded hover:underline">
                    KOVABLIK {e.year}
                  </Link>
                </h2>
                <p className="mt-1 text-slate-700">{e.theme}</p>
                <p className="mt-2 text-sm text-slate-600">
                  {t.finalistsOf(e.finalists)} · {t.winnersOf(e.winners)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
