import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/ui/pagination";
import { UnitFilterForm } from "@/components/units/unit-filters";
import { UnitTable } from "@/components/units/unit-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { unitListQuerySchema, UNIT_PAGE_SIZE } from "@/lib/units/schemas";
import { listUnits } from "@/lib/units/list";

export const metadata: Metadata = { title: "Unit" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function UnitListPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission("unit:manage", "/admin/unit");
  const sp = await searchParams;
  const query = unitListQuerySchema.parse({
    q: one(sp.q),
    kind: one(sp.jenis),
    status: one(sp.status),
    page: one(sp.page),
  });
  const list = await listUnits(query);
  const filtered = Boolean(query.q || query.kind || query.status !== "semua");
  return (
    <>
      <PageHeader
        title="Unit"
        description="Pohon organisasi peserta: provinsi, kabupaten/kota, dan BUMD di puncak; perangkat daerah dan unit pelayanan di bawahnya. Buka sebuah unit untuk melihat induk dan sub-unitnya."
        actions={<ButtonLink href="/admin/unit/baru">Tambah unit</ButtonLink>}
      />
      <div className="flex flex-col gap-5">
        <UnitFilterForm query={query} />
        {list.items.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada unit yang cocok" : "Belum ada unit"}
            description={
              filtered
                ? "Ubah kata kunci atau saringan untuk melihat unit lain."
                : "Tambahkan unit puncak terlebih dahulu."
            }
          />
        ) : (
          <div>
            <UnitTable units={list.items} caption="Daftar unit" />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              total={list.total}
              pageSize={UNIT_PAGE_SIZE}
              basePath="/admin/unit"
              params={{ q: query.q, jenis: query.kind, status: query.status === "semua" ? undefined : query.status }}
            />
          </div>
        )}
      </div>
    </>
  );
}
