import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { FinalRankingTable } from "@/components/ranking/final-ranking-view";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { finalRankingView } from "@/lib/ranking/final-ranking";

export const metadata: Metadata = { title: "Peringkat akhir" };

export default async function FinalRankingPage({
  searchParams,
}: {
  searchParams: Promise<{ edisi?: string; page?: string }>;
}) {
  const actor = await requirePagePermission("ranking:manage", "/admin/peringkat");
  const search = await searchParams;
  // pageSlice clamps any page number (or none) into range; an unknown year shows the empty state.
  const view = await finalRankingView(actor, Number(search.edisi) || undefined, Number(search.page ?? 1));
  return (
    <>
      <PageHeader
        title="Peringkat akhir"
        description={
          view.edition
            ? `Edisi ${view.edition.year}: gabungan semua babak penjurian menurut bobotnya.`
            : "Gabungan semua babak penjurian menurut bobotnya."
        }
      />
      <FinalRankingTable view={view} />
    </>
  );
}
