import Link from "next/link";
import { UnitPicker } from "@/components/units/unit-picker";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { FilterField, FilterSelect, optionsOf } from "@/components/ui/filters";
import type { UnitOption } from "@/lib/units/schemas";
import {
  ACCOUNT_ROLE_LABEL,
  ACCOUNT_ROLES,
  USER_STATUS_LABEL,
  USER_STATUSES,
  type AccountListQuery,
} from "@/lib/accounts/schemas";

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
    <form
      method="get"
      action={basePath}
      role="search"
      aria-label="Cari akun"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <FilterField id="akun-q" label="Nama, email, atau NIP" className="sm:col-span-2 lg:col-span-1">
          <Input id="akun-q" name="q" type="search" autoComplete="off" defaultValue={query.q} />
        </FilterField>
        {showRole && (
          <FilterSelect
            id="akun-peran"
            name="peran"
            label="Peran"
            defaultValue={query.role ?? ""}
            allLabel="Semua peran"
            options={optionsOf(ACCOUNT_ROLES, ACCOUNT_ROLE_LABEL)}
          />
        )}
        <FilterSelect
          id="akun-status"
          name="status"
          label="Status"
          defaultValue={query.status ?? ""}
          allLabel="Semua status"
          options={optionsOf(USER_STATUSES, USER_STATUS_LABEL)}
        />
        <FilterField id="akun-unit" label="Unit (termasuk sub-unit)">
          <UnitPicker
            id="akun-unit"
            name="unit"
            query={{ purpose: "filter" }}
            initial={unit}
            placeholder="Semua unit"
          />
        </FilterField>
      </div>
      <div className="mt-3 flex items-center gap-2">
        <Button type="submit">Cari</Button>
        {active && (
          <Link
            href={basePath}
            className="inline-flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
          >
            Hapus saringan
          </Link>
        )}
      </div>
    </form>
  );
}
