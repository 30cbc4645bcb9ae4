import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { QuotaTable } from "@/components/editions/quota-table";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { getEditionHeader } from "@/lib/editions/queries";
import { QUOTA_PAGE_SIZE, quotaListQuerySchema } from "@/lib/editions/schemas";
import { listQuotas } from "@/lib/editions/setup";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Edisi: kuota" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function EditionQuotaPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: SearchParams;
}) {
  const { year } = await params;
  await requirePagePermission("edition:manage", `/admin/edisi/${year}/kuota`);
  const header = await loadOr404(() => getEditionHeader(year));
  const sp = await searchParams;
  const query = quotaListQuerySchema.parse({ q: one(sp.q), page: one(sp.page) });
  const list = await listQuotas(header.id, query);
  const { defaultQuota } = list;
  const basePath = `/admin/edisi/${header.year}/kuota`;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h2 className="text-xl font-bold text-brand-950">Kuota per instansi</h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Setiap instansi boleh mengirim paling banyak <strong className="text-slate-900">{defaultQuota} usulan</strong>{" "}
          ke provinsi (kuota bawaan, diubah di tab Umum &amp; jadwal). Isi kuota khusus untuk instansi yang berbeda;
          kosongkan untuk memakai bawaan. Yang dihitung hanya usulan yang sudah dikirim admin lokal ke provinsi.
          {list.overrides > 0 && ` Saat ini ${list.overrides} instansi memakai kuota khusus.`}
        </p>
      </div>
      <form method="get" action={basePath} role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1 sm:max-w-md">
          <label htmlFor="kuota-cari" className="mb-1.5 block text-sm font-semibold text-slate-800">
            Cari instansi
          </label>
          <Input
            id="kuota-cari"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Nama kabupaten/kota, dinas, atau BUMD"
          />
        </div>
        <div className="flex gap-2">
          <Button type="submit" variant="secondary">
            Cari
          </Button>
          {query.q && (
            <ButtonLink href={basePath} variant="ghost">
              Hapus pencarian
            </ButtonLink>
          )}
        </div>
      </form>
      {list.items.length === 0 ? (
        <EmptyState
          title={query.q ? "Tidak ada instansi yang cocok" : "Belum ada instansi"}
          description={query.q ? "Coba kata kunci lain." : "Tandai unit sebagai instansi di halaman Unit."}
        />
      ) : (
        <div>
          <QuotaTable
            editionId={header.id}
            defaultQuota={defaultQuota}
            rows={list.items.map((r) => ({
              institutionId: r.institutionId,
              name: r.name,
              kindLabel: UNIT_KIND_LABEL[r.kind as keyof typeof UNIT_KIND_LABEL] ?? r.kind,
              override: r.override,
              submitted: r.submitted,
              inProgress: r.inProgress,
            }))}
          />
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            pageSize={QUOTA_PAGE_SIZE}
            basePath={basePath}
            params={{ q: query.q }}
          />
        </div>
      )}
    </div>
  );
}
