import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AccountFilterForm } from "@/components/users/account-filters";
import { AccountTable } from "@/components/users/account-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Alert } from "@/components/ui/alert";
import { scopePrefixes } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { unitOption } from "@/lib/units/service";
import { ACCOUNT_PAGE_SIZE, accountListQuerySchema } from "@/lib/users/schemas";
import { listAccounts } from "@/lib/users/service";

export const metadata: Metadata = { title: "Akun operator" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function OperatorAccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("dashboard:unit-admin", "/unit/akun", { permission: "account:manage-any", href: "/admin/akun" });
  const sp = await searchParams;
  const query = accountListQuerySchema.parse({ q: one(sp.q), status: one(sp.status), unitId: one(sp.unit) || undefined, page: one(sp.page) });
  const [list, unit] = await Promise.all([
    listAccounts(actor, "operators", query),
    unitOption(query.unitId, scopePrefixes(actor, "UNIT_ADMIN")),
  ]);
  const institutions = actor.memberships.filter((m) => m.role === "UNIT_ADMIN").map((m) => m.unitName);
  const filtered = Boolean(query.q || query.status || query.unitId);
  return (
    <>
      <PageHeader
        title="Akun operator"
        description={`Operator unit pelayanan di wilayah ${institutions.join(", ")}. Operator menyusun usulan inovasi; akun baru menerima undangan email untuk membuat kata sandi.`}
        actions={<ButtonLink href="/unit/akun/baru">Buat akun operator</ButtonLink>}
      />
      <div className="flex flex-col gap-5">
        {one(sp.diakhiri) === "1" && (
          <Alert tone="success">Peran operator diakhiri. Akun itu tidak lagi tercantum di daftar wilayah Anda.</Alert>
        )}
        <AccountFilterForm basePath="/unit/akun" query={query} unit={unit} showRole={false} />
        {list.items.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada akun yang cocok" : "Belum ada akun operator"}
            description={filtered ? "Ubah kata kunci atau saringan untuk melihat akun lain." : "Buat akun untuk operator unit di wilayah Anda."}
            action={filtered ? undefined : <ButtonLink href="/unit/akun/baru">Buat akun operator</ButtonLink>}
          />
        ) : (
          <div>
            <AccountTable users={list.items} basePath="/unit/akun" caption="Daftar akun operator" />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              total={list.total}
              pageSize={ACCOUNT_PAGE_SIZE}
              basePath="/unit/akun"
              params={{ q: query.q, status: query.status, unit: query.unitId }}
            />
          </div>
        )}
      </div>
    </>
  );
}
