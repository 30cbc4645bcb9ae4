import { dictionary, publicDate } from "@/lib/public-site/i18n";
import type { PublicLocale } from "@/lib/public-site/routes";

type TimelineEdition = {
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  announcementAt: Date | null;
  rounds: { name: string; opensAt: Date | null; closesAt: Date | null }[];
};

const range = (locale: PublicLocale, a: Date | null, b: Date | null) =>
  a && b ? `${publicDate(locale, a)} – ${publicDate(locale, b)}` : publicDate(locale, a ?? b);

/** An edition's timeline: registration, its rounds (names as configured), the announcement. */
export function Timeline({ locale, edition }: { locale: PublicLocale; edition: TimelineEdition }) {
  const t = dictionary(locale).home;
  const steps = [
    { name: t.registration, when: range(locale, edition.registrationOpensAt, edition.registrationClosesAt) },
    ...edition.rounds.map((r) => ({ name: r.name, when: range(locale, r.opensAt, r.closesAt) })),
    { name: t.announcement, when: publicDate(locale, edition.announcementAt) },
  ];
  return (
    <section aria-labelledby="judul-jadwal">
      <h2 id="judul-jadwal" className="text-2xl font-extrabold text-brand-950">
        {t.timeline}
      </h2>
      <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {steps.map((s, n) => (
          <li key={`${s.name}-${n}`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <p className="text-xs font-semibold text-brand-700">{n + 1}</p>
            <p className="font-bold text-brand-950">{s.name}</p>
            <p className="mt-1 text-sm text-slate-700">{s.when}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
