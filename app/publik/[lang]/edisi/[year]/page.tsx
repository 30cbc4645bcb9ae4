import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InnovationCard } from "@/components/public-site/innovation-card";
import { localeFrom } from "@/components/public-site/locale";
import { PublicPageHeader } from "@/components/public-site/page-header";
import { Timeline } from "@/components/public-site/timeline";
import { dictionary } from "@/lib/public-site/i18n";
import { publicMetadata } from "@/lib/public-site/metadata";
import { publicEdition } from "@/lib/public-site/queries";
import { publicHref } from "@/lib/public-site/routes";

type Props = { params: Promise<{ lang: string; year: string }> };

export function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const { year } = await params;
  return /^\d{4}$/.test(year) ? publicEdition(Number(year)) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  const edition = await load(params);
  if (!edition) return { title: dictionary(locale).notFound };
  return publicMetadata(locale, `/edisi/${edition.year}`, {
    title: `KOVABLIK ${edition.year}`,
    description: `${edition.theme}. ${dictionary(locale).editions.description}`,
  });
}

export default async function EditionPage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = dictionary(locale);
  const edition = await load(params);
  if (!edition) notFound();
  const winners = edition.items.filter((i) => i.awards.length > 0);
  const finalists = edition.items.filter((i) => i.awards.length === 0);
  return (
    <>
      <PublicPageHeader eyebrow={t.editions.theme} title={`KOVABLIK ${edition.year}`} lead={<p>{edition.theme}</p>} />
      <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-8 sm:px-6">
        <Timeline locale={locale} edition={edition} />
        {edition.items.length === 0 ? <p className="text-slate-700">{t.editions.notYet}</p> : null}
        {[
          { title: t.editions.winners, list: winners, id: "pemenang" },
          { title: t.editions.finalists, list: finalists, id: "finalis" },
        ]
          .filter((s) => s.list.length)
          .map((s) => (
            <section key={s.id} aria-labelledby={`judul-${s.id}`}>
              <h2 id={`judul-${s.id}`} className="text-2xl font-extrabold text-brand-950">
                {s.title}
              </h2>
              <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {s.list.map((item) => (
                  <InnovationCard key={item.id} item={item} locale={locale} t={t} />
                ))}
              </ul>
            </section>
          ))}
        <p>
          <Link
            href={publicHref(locale, `/inovasi?tahun=${edition.year}`)}
            className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-2"
          >
            {t.editions.see}
          </Link>
        </p>
      </div>
    </>
  );
}
