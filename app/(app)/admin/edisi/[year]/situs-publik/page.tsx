import type { Metadata } from "next";
import { PublicSettings } from "@/components/public-site/public-settings";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { getPublicSettings } from "@/lib/public-site/publication-settings";

export const metadata: Metadata = { title: "Edisi: halaman publik" };

export default async function EditionPublicSitePage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  await requirePagePermission("public-site:manage", `/admin/edisi/${year}/situs-publik`);
  const screen = await loadOr404(() =>
    /^\d{4}$/.test(year) ? getPublicSettings(Number(year)) : Promise.resolve(null),
  );
  return <PublicSettings screen={screen} />;
}
