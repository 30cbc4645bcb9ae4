import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AccountFilterForm } from "@/components/users/account-filters";
import { AccountTable } from "@/components/users/account-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { unitOption } from "@/lib/units/service";
import { ACCOUNT_PAGE_SIZE, accountListQuerySchema } from "@/lib/users/schemas";
import { listAccounts } from "@/lib/users/service";

export const metadata: Metadata = { title: "Akun" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AccountListPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("account:manage-any", "/admin/akun");
  const sp = await searchParams;
  const query = accountListQuerySchema.parse({
    q: one(sp.q),
    role: one(sp.peran),
    status: one(sp.status),
    unitId: one(sp.unit) || undefined,
    page: one(sp.page),
  });
  const [list, unit] = await Promise.all([listAccounts(actor, "all", query), unitOption(query.unitId)]);
  const filtered = Boolean(query.q || query.role || query.status || query.unitId);
  return (
    <>
      <PageHeader
        title="Akun"
        description="Semua akun portal: admin, admin lokal, operator, dan juri. Akun baru menerima undangan email untuk membuat kata sandi."
        actions={<ButtonLink href={unit ? `/admin/akun/baru?unit=${unit.id}` : "/admin/akun/baru"}>Buat akun</ButtonLink>}
      />
      <div className="flex flex-col gap-5">
        <AccountFilterForm basePath="/admin/akun" query={query} unit={unit} showRole />
        {list.items.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada akun yang cocok" : "Belum ada akun"}
            description={filtered ? "Ubah kata kunci atau saringan untuk melihat akun lain." : undefined}
          />
        ) : (
          <div>
            <AccountTable users={list.items} basePath="/admin/akun" caption="Daftar akun" />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              total={list.total}
              pageSize={ACCOUNT_PAGE_SIZE}
              basePath="/admin/akun"
              params={{ q: query.q, peran: query.role, status: query.status, unit: query.unitId }}
            />
          </div>
        )}
      </div>
    </>
  );
}
