import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import type { GuidebookInfo } from "@/lib/guidebooks/guidebooks";
import { dictionary } from "@/lib/public-site/i18n";
import type { GalleryItem, PublicAnnouncement } from "@/lib/public-site/queries";
import { publicHref, type PublicLocale } from "@/lib/public-site/routes";
import { AnnouncementList } from "./announcements";
import { InnovationCard } from "./innovation-card";

const moreLink =
  "inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-950";

/** The home page's news: the latest announcements and the newest edition's winners (or finalists). */
export function HomeHighlights({
  locale,
  announcements,
  latest,
}: {
  locale: PublicLocale;
  announcements: PublicAnnouncement[];
  latest: GalleryItem[];
}) {
  const t = dictionary(locale);
  const winners = latest.filter((i) => i.awards.length > 0);
  const shown = (winners.length ? winners : latest).slice(0, 6);
  return (
    <section aria-labelledby="judul-kabar" className="bg-slate-50 py-14">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 sm:px-6 lg:grid-cols-[1fr_2fr]">
        <div>
          <h2 id="judul-kabar" className="text-2xl font-extrabold text-brand-950">
            {t.home.latestAnnouncements}
          </h2>
          <div className="mt-4">
            <AnnouncementList list={announcements} locale={locale} headingLevel={3} />
          </div>
          <Link href={publicHref(locale, "/pengumuman")} className={`${moreLink} mt-2`}>
            {t.home.allAnnouncements}
          </Link>
        </div>
        <div>
          <h2 className="text-2xl font-extrabold text-brand-950">
            {winners.length ? t.home.latestWinners : t.home.latestFinalists}
          </h2>
          {shown.length ? (
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {shown.map((item) => (
                <InnovationCard key={item.id} item={item} locale={locale} t={t} />
              ))}
            </ul>
          ) : (
            <p className="mt-4 rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">
              {t.gallery.nothingPublished}
            </p>
          )}
          <Link href={publicHref(locale, "/inovasi")} className={`${moreLink} mt-2`}>
            {t.home.allInnovations}
          </Link>
        </div>
      </div>
    </section>
  );
}

/** The guidebook link of the English home page (the Indonesian one has the full help section). */
export function GuidebookLink({ locale, guidebook }: { locale: PublicLocale; guidebook: GuidebookInfo | null }) {
  const t = dictionary(locale).home;
  return (
    <section aria-labelledby="judul-juknis" className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h2 id="judul-juknis" className="text-2xl font-extrabold text-brand-950">
        {t.guidebook}
      </h2>
      {guidebook ? (
        <a href={`/api/juknis/${guidebook.year}`} download className={`${buttonStyles()} mt-4`}>
          {t.guidebookDownload}
        </a>
      ) : (
        <p className="mt-3 text-slate-700">{t.noGuidebook}</p>
      )}
    </section>
  );
}
