import Link from "next/link";
import { UnitPicker } from "@/components/units/unit-picker";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { UnitOption } from "@/lib/units/schemas";
import { ACCOUNT_ROLE_LABEL, ACCOUNT_ROLES, USER_STATUS_LABEL, USER_STATUSES, type AccountListQuery } from "@/lib/users/schemas";

const labelClass = "block text-sm font-semibold text-slate-800";

/** A plain GET form: the search lives in the URL, so a result can be bookmarked and shared. */
export function AccountFilterForm({
  basePath,
  query,
  unit,
  showRole,
}: {
  basePath: string;
  query: AccountListQuery;
  unit: UnitOption | null;
  showRole: boolean;
}) {
  const active = Boolean(query.q || query.role || query.status || query.unitId);
  return (
    <form method="get" action={basePath} role="search" aria-label="Cari akun" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1.5 sm:col-span-2 lg:col-span-1">
          <label htmlFor="akun-q" className={labelClass}>Nama, email, atau NIP</label>
          <Input id="akun-q" name="q" type="search" autoComplete="off" defaultValue={query.q} />
        </div>
        {showRole && (
          <div className="space-y-1.5">
            <label htmlFor="akun-peran" className={labelClass}>Peran</label>
            <Select id="akun-peran" name="peran" defaultValue={query.role ?? ""}>
              <option value="">Semua peran</option>
              {ACCOUNT_ROLES.map((r) => (
                <option key={r} value={r}>{ACCOUNT_ROLE_LABEL[r]}</option>
              ))}
            </Select>
          </div>
        )}
        <div className="space-y-1.5">
          <label htmlFor="akun-status" className={labelClass}>Status</label>
          <Select id="akun-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">Semua status</option>
            {USER_STATUSES.map((s) => (
              <option key={s} value={s}>{USER_STATUS_LABEL[s]}</option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="akun-unit" className={labelClass}>Unit (termasuk sub-unit)</label>
          <UnitPicker id="akun-unit" name="unit" query={{ purpose: "filter" }} initial={unit} placeholder="Semua unit" />
        </div>
      </div>
      <div className="mt-3 flex items-center gap-2">
        <Button type="submit">Cari</Button>
        {active && (
          <Link href={basePath} className="inline-flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50">
            Hapus saringan
          </Link>
        )}
      </div>
    </form>
  );
}
