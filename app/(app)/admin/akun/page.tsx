import type { Metadata } from "next";
import { AccountListScreen } from "@/components/accounts/account-screens";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { unitOption } from "@/lib/units/list";
import { accountListQuerySchema } from "@/lib/accounts/schemas";
import { listAccounts } from "@/lib/accounts/list";

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
  return (
    <AccountListScreen
      mode="all"
      title="Akun"
      description="Semua akun portal: admin, admin lokal, operator, dan juri. Akun baru menerima undangan email untuk membuat kata sandi."
      list={list}
      query={query}
      unit={unit}
      newHref={unit ? `/admin/akun/baru?unit=${unit.id}` : "/admin/akun/baru"}
    />
  );
}
