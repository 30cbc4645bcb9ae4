import type { Metadata } from "next";
import Link from "next/link";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { PageHeader } from "@/components/layout/page-header";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/page-guards";
import {
  adminFollowUps,
  FOLLOW_UP_PAGE_SIZE,
  parseFollowUpFilter,
  type AdminFollowUpFilter,
} from "@/lib/follow-ups/follow-ups-queries";

export const metadata: Metadata = { title: "Tindak lanjut" };

const TABS: [AdminFollowUpFilter, string][] = [
  ["terlambat", "Terlambat"],
  ["belum", "Belum dilaporkan"],
  ["semua", "Semua"],
];

export default async function AdminFollowUpsPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const actor = await requirePagePermission("follow-up:manage", "/admin/tindak-lanjut");
  const sp = await searchParams;
  const filter = parseFollowUpFilter(sp.status);
  const list = await adminFollowUps(actor, filter, Number(sp.page) || 1);
  return (
    <>
      <PageHeader
        title="Tindak lanjut pascapenghargaan"
        description="Laporan 6 dan 12 bulan setelah penghargaan: apakah inovasi masih berjalan. Pengingat dikirim otomatis lewat kotak keluar dua minggu sebelum jatuh tempo, lalu setiap minggu selama terlambat."
      />
      <div className="flex flex-col gap-4">
        <nav aria-label="Saring tindak lanjut" className="flex flex-wrap gap-2">
          {TABS.map(([value, label]) => (
            <Link
              key={value}
              href={`/admin/tindak-lanjut?status=${value}`}
              aria-current={value === filter ? "page" : undefined}
              className={buttonStyles({ variant: value === filter ? "primary" : "secondary", size: "sm" })}
            >
              {label}
              {value === "terlambat" ? ` (${list.overdueCount})` : ""}
            </Link>
          ))}
        </nav>
        {list.items.length === 0 ? (
          <EmptyState
            title={filter === "terlambat" ? "Tidak ada tindak lanjut yang terlambat" : "Belum ada tindak lanjut"}
            description="Tindak lanjut dibuat otomatis untuk peraih penghargaan setelah pemenang diumumkan."
          />
        ) : (
          <div>
            <FollowUpList items={list.items} />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              total={list.total}
              pageSize={FOLLOW_UP_PAGE_SIZE}
              basePath="/admin/tindak-lanjut"
              params={{ status: filter }}
            />
          </div>
        )}
      </div>
    </>
  );
}
