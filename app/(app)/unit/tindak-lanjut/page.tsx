import type { Metadata } from "next";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { FOLLOW_UP_PAGE_SIZE, unitFollowUps } from "@/lib/follow-ups/follow-ups-queries";

export const metadata: Metadata = { title: "Tindak lanjut inovasi" };

export default async function UnitFollowUpsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePagePermission("follow-up:report-own", "/unit/tindak-lanjut");
  const { page } = await searchParams;
  const list = await unitFollowUps(actor, Number(page) || 1);
  return (
    <>
      <PageHeader
        title="Tindak lanjut inovasi"
        description="Enam dan dua belas bulan setelah penghargaan KOVABLIK, laporkan apakah inovasi Anda masih berjalan beserta angka capaiannya. Status terakhir tampil di halaman publik inovasi."
      />
      {list.items.length === 0 ? (
        <EmptyState
          title="Belum ada tindak lanjut"
          description="Tindak lanjut dibuat otomatis untuk inovasi yang meraih penghargaan, setelah pemenang diumumkan."
        />
      ) : (
        <div>
          <FollowUpList items={list.items} reporting />
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            pageSize={FOLLOW_UP_PAGE_SIZE}
            basePath="/unit/tindak-lanjut"
          />
        </div>
      )}
    </>
  );
}
