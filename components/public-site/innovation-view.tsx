import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { dictionary, publicDate } from "@/lib/public-site/i18n";
import type { PublicInnovation } from "@/lib/public-site/queries";
import { publicHref, publicPhotoHref, type PublicLocale } from "@/lib/public-site/routes";
import { PublicPageHeader } from "./page-header";

/** One finalist's or winner's public page: only what the edition publishes (lib/public-site/queries.ts). */
export function InnovationView({ item, locale }: { item: PublicInnovation; locale: PublicLocale }) {
  const t = dictionary(locale);
  const i = t.innovation;
  const facts: [string, string | null][] = [
    [i.edition, `KOVABLIK ${item.year}`],
    [i.institution, item.institution],
    [i.unit, item.unit],
    [i.region, item.region],
    [i.group, item.group],
    [i.category, item.category],
  ];
  return (
    <>
      <PublicPageHeader eyebrow={`KOVABLIK ${item.year}`} title={item.title} lead={<p>{item.institution}</p>} />
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:px-6 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <div className="flex flex-wrap gap-2">
            {item.awards.length ? (
              item.awards.map((a) => (
                <Badge key={a} tone="accent">
                  {a}
                </Badge>
              ))
            ) : (
              <Badge tone="neutral">{i.finalist}</Badge>
            )}
          </div>
          <section aria-labelledby="ringkasan">
            <h2 id="ringkasan" className="text-xl font-bold text-brand-950">
              {i.summary}
            </h2>
            {item.summary ? (
              item.summary.split(/\n{2,}/).map((para, n) => (
                <p key={n} className="mt-3 leading-relaxed whitespace-pre-line text-slate-800">
                  {para}
                </p>
              ))
            ) : (
              <p className="mt-3 text-slate-600">{i.noSummary}</p>
            )}
          </section>
          {item.photos.length ? (
            <section aria-labelledby="foto">
              <h2 id="foto" className="text-xl font-bold text-brand-950">
                {i.photos}
              </h2>
              <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
                {item.photos.map((photo, n) => (
                  <li key={photo.id}>
                    <a
                      href={publicPhotoHref(item.id, photo.id)}
                      className="block overflow-hidden rounded-lg border border-slate-200 bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
                    >
                      {/* A plain img: the file is served as is (no image optimiser for private storage). */}
                      {/* eslint-disable-next-line @next/next/no-img-element */}
                      <img
                        src={publicPhotoHref(item.id, photo.id)}
                        alt={i.photoAlt(item.title, n + 1)}
                        width={400}
                        height={300}
                        loading="lazy"
                        decoding="async"
                        className="aspect-[4/3] h-auto w-full object-cover"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {item.videoUrl ? (
            <p>
              <ExternalLink href={item.videoUrl} fallback={null}>
                {i.video}
              </ExternalLink>
            </p>
          ) : null}
          {item.national.length ? (
            <section aria-labelledby="nasional">
              <h2 id="nasional" className="text-xl font-bold text-brand-950">
                {i.national}
              </h2>
              <ol className="mt-3 flex flex-col gap-1 text-slate-800">
                {item.national.map((n) => (
                  <li key={`${n.stage}-${String(n.at)}`}>
                    {t.stages[n.stage] ?? n.stage} · {publicDate(locale, n.at)}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
          <p>
            <Link
              href={publicHref(locale, "/inovasi")}
              className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-2"
            >
              {i.back}
            </Link>
          </p>
        </div>
        <aside className="h-fit rounded-xl border border-slate-200 bg-slate-50 p-4">
          <dl className="flex flex-col gap-3 text-sm">
            {facts
              .filter(([, v]) => v)
              .map(([k, v]) => (
                <div key={k}>
                  <dt className="font-semibold text-slate-600">{k}</dt>
                  <dd className="text-slate-900">{v}</dd>
                </div>
              ))}
            {item.rank ? (
              <div>
                <dt className="font-semibold text-slate-600">{i.rank}</dt>
                <dd className="text-slate-900">{item.rank}</dd>
              </div>
            ) : null}
            {item.innovators.length ? (
              <div>
                <dt className="font-semibold text-slate-600">Inovator</dt>
                <dd className="text-slate-900">{item.innovators.join(", ")}</dd>
              </div>
            ) : null}
            {item.sdgs.length ? (
              <div>
                <dt className="font-semibold text-slate-600">SDGs</dt>
                <dd className="text-slate-900">{item.sdgs.join(", ")}</dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
    </>
  );
}
