import Link from "next/link";
import { dictionary, publicDate } from "@/lib/public-site/i18n";
import { excerpt } from "@/lib/public-site/metadata";
import type { PublicAnnouncement } from "@/lib/public-site/queries";
import { publicHref, type PublicLocale } from "@/lib/public-site/routes";

/** An announcement's text: plain text as the secretariat typed it, paragraphs at blank lines (never HTML). */
export function AnnouncementBody({ body }: { body: string }) {
  return (
    <div className="flex flex-col gap-3 leading-relaxed text-slate-800">
      {body.split(/\n{2,}/).map((para, n) => (
        <p key={n} className="whitespace-pre-line break-words">
          {para}
        </p>
      ))}
    </div>
  );
}

export function AnnouncementList({
  list,
  locale,
  headingLevel,
}: {
  list: PublicAnnouncement[];
  locale: PublicLocale;
  headingLevel: 2 | 3;
}) {
  const t = dictionary(locale).announcements;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (list.length === 0) {
    return <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t.empty}</p>;
  }
  return (
    <ul className="flex flex-col gap-4">
      {list.map((a) => (
        <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
            <time dateTime={new Date(a.publishedAt).toISOString()}>{publicDate(locale, a.publishedAt)}</time>
          </p>
          <Heading className="mt-1 text-lg font-bold text-brand-950">
            <Link href={publicHref(locale, `/pengumuman/${a.id}`)} className="rounded hover:underline">
              {a.title}
            </Link>
          </Heading>
          <p className="mt-1 text-sm leading-relaxed text-slate-700">{excerpt(a.body, 220)}</p>
        </li>
      ))}
    </ul>
  );
}
