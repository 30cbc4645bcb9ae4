import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { RoundsList } from "@/components/judging/rounds-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { getRoundsOverview } from "@/lib/judging/rounds-queries";

export const metadata: Metadata = { title: "Penjurian" };

const querySchema = z.object({ edisi: z.coerce.number().int().min(2016).max(2100).optional().catch(undefined) });

export default async function JudgingRoundsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePagePermission("judging:manage", "/admin/penjurian");
  const { edisi } = querySchema.parse(await searchParams);
  const overview = await getRoundsOverview(edisi);
  if (!overview) {
    return (
      <>
        <PageHeader title="Penjurian" />
        <EmptyState
          title="Belum ada edisi"
          description="Babak penilaian disusun per edisi. Buat edisi terlebih dahulu."
          action={
            <Link href="/admin/edisi" className="font-semibold text-brand-700 hover:underline">
              Ke halaman Edisi
            </Link>
          }
        />
      </>
    );
  }
  const { edition, editionYears, rounds, shareTotal } = overview;
  return (
    <>
      <PageHeader
        title={`Penjurian edisi ${edition.year}`}
        description="Babak penilaian edisi ini berurutan: jadwal dalam WIB, jenis, bobot dalam nilai akhir, rubrik, dan juri. Rubrik dibekukan ketika babak dibuka."
      />
      {editionYears.length > 1 && (
        <nav aria-label="Edisi lain" className="mb-4 flex flex-wrap gap-2 text-sm">
          <span className="text-slate-600">Edisi:</span>
          {editionYears.map((y) => (
            <Link
              key={y}
              href={`/admin/penjurian?edisi=${y}`}
              aria-current={y === edition.year ? "page" : undefined}
              className={y === edition.year ? "font-bold text-brand-900" : "text-brand-700 hover:underline"}
            >
              {y}
            </Link>
          ))}
        </nav>
      )}
      <RoundsList editionId={edition.id} rounds={rounds} shareTotal={shareTotal} />
    </>
  );
}
