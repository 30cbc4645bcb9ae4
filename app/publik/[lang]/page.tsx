import type { Metadata } from "next";
import { FlowSection } from "@/components/home/flow-section";
import { Hero } from "@/components/home/hero";
import { RolesSection } from "@/components/home/roles-section";
import { ScheduleSection } from "@/components/home/schedule-section";
import { GuidebookLink, HomeHighlights } from "@/components/public-site/home-highlights";
import { localeFrom } from "@/components/public-site/locale";
import { PublicPageHeader } from "@/components/public-site/page-header";
import { Timeline } from "@/components/public-site/timeline";
import { HelpSection } from "@/components/site/help-section";
import { getHomeEdition } from "@/lib/editions/queries";
import { getPublicGuidebook } from "@/lib/guidebooks/guidebooks";
import { dictionary } from "@/lib/public-site/i18n";
import { publicMetadata } from "@/lib/public-site/metadata";
import { galleryItems, publicAnnouncements } from "@/lib/public-site/queries";
import { getHelpdesk } from "@/lib/site/helpdesk";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params);
  return publicMetadata(locale, "/", { description: dictionary(locale).home.description });
}

export default async function HomePage({ params }: Props) {
  const locale = await localeFrom(params);
  const t = dictionary(locale);
  const [edition, guidebook, announcements, items] = await Promise.all([
    getHomeEdition(),
    getPublicGuidebook(),
    publicAnnouncements(3),
    galleryItems(),
  ]);
  const latest = items.filter((i) => i.year === items[0]?.year);
  // Cached: "now" is when this page was rendered (at most REVALIDATE seconds ago, or the last publication).
  const now = new Date();
  if (locale === "id") {
    return (
      <>
        <Hero edition={edition} now={now} />
        <HomeHighlights locale={locale} announcements={announcements} latest={latest} />
        <RolesSection />
        <ScheduleSection edition={edition} now={now} />
        <FlowSection />
        <HelpSection guidebook={guidebook} helpdesk={getHelpdesk()} />
      </>
    );
  }
  return (
    <>
      <PublicPageHeader
        eyebrow={edition ? `${t.home.edition} ${edition.year}` : undefined}
        title="KOVABLIK — East Java Public Service Innovation Competition"
        lead={<p>{edition ? edition.theme : t.home.noEdition}</p>}
      />
      {edition ? (
        <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
          <Timeline locale={locale} edition={edition} />
        </div>
      ) : null}
      <HomeHighlights locale={locale} announcements={announcements} latest={latest} />
      <GuidebookLink locale={locale} guidebook={guidebook} />
    </>
  );
}
