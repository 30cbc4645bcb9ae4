import type { Metadata } from "next";
import { AccountListScreen } from "@/components/accounts/account-screens";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { scopePrefixes } from "@/lib/auth/permissions";
import { unitOption } from "@/lib/units/list";
import { accountListQuerySchema } from "@/lib/accounts/schemas";
import { listAccounts } from "@/lib/accounts/list";

export const metadata: Metadata = { title: "Akun operator" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function OperatorAccountsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission("account:list-own-operators", "/unit/akun", {
    permission: "account:manage-any",
    href: "/admin/akun",
  });
  const sp = await searchParams;
  const query = accountListQuerySchema.parse({
    q: one(sp.q),
    status: one(sp.status),
    unitId: one(sp.unit) || undefined,
    page: one(sp.page),
  });
  const [list, unit] = await Promise.all([
    listAccounts(actor, "operators", query),
    unitOption(query.unitId, scopePrefixes(actor, "UNIT_ADMIN")),
  ]);
  const institutions = actor.memberships.filter((m) => m.role === "UNIT_ADMIN").map((m) => m.unitName);
  return (
    <AccountListScreen
      mode="operators"
      title="Akun operator"
      description={`Operator unit pelayanan di wilayah ${institutions.join(", ")}. Operator menyusun usulan inovasi; akun baru menerima undangan email untuk membuat kata sandi.`}
      list={list}
      query={query}
      unit={unit}
      newHref="/unit/akun/baru"
      notice={
        one(sp.diakhiri) === "1"
          ? "Peran operator diakhiri. Akun itu tidak lagi tercantum di daftar wilayah Anda."
          : undefined
      }
    />
  );
}
