import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { PublicDictionary } from "@/lib/public-site/i18n";
import type { GalleryItem } from "@/lib/public-site/queries";
import { publicHref, type PublicLocale } from "@/lib/public-site/routes";

/** One finalist or winner in a list: title (the link), institution, region, group · category, awards. */
export function InnovationCard({ item, locale, t }: { item: GalleryItem; locale: PublicLocale; t: PublicDictionary }) {
  return (
    <li className="flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{item.year}</Badge>
        {item.awards.length ? (
          item.awards.map((a) => (
            <Badge key={a} tone="accent">
              {a}
            </Badge>
          ))
        ) : (
          <Badge tone="neutral">{t.innovation.finalist}</Badge>
        )}
      </div>
      <h3 className="mt-3 text-base font-bold leading-snug text-brand-950">
        <Link
          href={publicHref(locale, `/inovasi/${item.id}`)}
          className="rounded underline-offset-2 hover:text-brand-700 hover:underline"
        >
          {item.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">{item.institution}</p>
      <p className="mt-auto pt-3 text-xs text-slate-600">
        {[item.region, item.group, item.category].filter(Boolean).join(" · ")}
      </p>
    </li>
  );
}
