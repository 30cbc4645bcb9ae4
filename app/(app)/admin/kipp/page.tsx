import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { KippCandidates, KippQuota, KippYearTabs } from "@/components/nominations/kipp-board";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { kippBoard } from "@/lib/nominations/nominations-queries";

export const metadata: Metadata = { title: "Nominasi KIPP" };

// The list is an edition's Top N and award winners (at most a few dozen), so it is shown whole.
export default async function KippPage({ searchParams }: { searchParams: Promise<{ tahun?: string }> }) {
  const actor = await requirePagePermission("nomination:manage", "/admin/kipp");
  const { tahun } = await searchParams;
  const board = await kippBoard(actor, Number(tahun) || undefined);
  return (
    <>
      <PageHeader
        title={board.edition ? `Nominasi KIPP ${board.edition.year}` : "Nominasi KIPP"}
        description="Pilih pemenang KOVABLIK yang diusulkan ke Kompetisi Inovasi Pelayanan Publik (KIPP) nasional. Setiap usulan diperiksa terhadap ketentuan nasional; berkasnya (PDF sesuai urutan bagian nasional, data.json, dan lampiran) diunduh sebagai ZIP untuk SiNoVik, lalu hasil tiap tahap nasional dicatat di sini."
      />
      <div className="flex flex-col gap-4">
        {board.edition && <KippYearTabs years={board.years} year={board.edition.year} />}
        <KippQuota board={board} />
        <KippCandidates board={board} />
      </div>
    </>
  );
}
