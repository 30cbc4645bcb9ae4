import { connection } from "next/server";
import { FlowSection } from "@/components/home/flow-section";
import { Hero } from "@/components/home/hero";
import { RolesSection } from "@/components/home/roles-section";
import { ScheduleSection } from "@/components/home/schedule-section";
import { HelpSection } from "@/components/site/help-section";
import { getHomeEdition } from "@/lib/editions/queries";
import { getPublicGuidebook } from "@/lib/guidebooks/guidebooks";
import { getHelpdesk } from "@/lib/site/helpdesk";

export default async function HomePage() {
  await connection(); // rendered per request: the build never reads the database
  const [edition, guidebook] = await Promise.all([getHomeEdition(), getPublicGuidebook()]);
  const now = new Date();

  return (
    <>
      <Hero edition={edition} now={now} />
      <RolesSection />
      <ScheduleSection edition={edition} now={now} />
      <FlowSection />
      <HelpSection guidebook={guidebook} helpdesk={getHelpdesk()} />
    </>
  );
}
