import { Stat, StatGrid } from "@/components/dashboard/stat";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { FilterField, FilterSelect, optionsOf, type FilterOption } from "@/components/ui/filters";
import { STATUS_LABEL, type ProposalStatus } from "@/lib/proposals/lifecycle";
import type { ProvinceListQuery } from "@/lib/proposals/workflow-schemas";

type Option = { id: string; name: string };

const STATUS_OPTIONS: FilterOption[] = [
  { value: "AWAITING_CHECK", label: "Menunggu seleksi (baru dan kiriman ulang)" },
  { value: "AT_UNITS", label: "Masih di unit (draf dan dikembalikan)" },
  ...optionsOf(Object.keys(STATUS_LABEL) as ProposalStatus[], STATUS_LABEL),
];
const toOptions = (items: Option[]): FilterOption[] => items.map((i) => ({ value: i.id, label: i.name }));

/** The province's counts by stage; each links to the list filtered to it. */
export function ProvinceStats({ byStatus }: { byStatus: Partial<Record<ProposalStatus, number>> }) {
  const n = (...s: ProposalStatus[]) => s.reduce((sum, x) => sum + (byStatus[x] ?? 0), 0);
  const atUnits = n("DRAFT", "RETURNED_TO_UNIT");
  const atUnitAdmin = n("WITH_UNIT_ADMIN");
  return (
    <StatGrid className="md:grid-cols-3 xl:grid-cols-6">
      <Stat
        label="Draf di unit"
        value={atUnits}
        tone={atUnits ? "attention" : "default"}
        href="/admin/usulan?status=AT_UNITS"
      />
      <Stat
        label="Di admin lokal"
        value={atUnitAdmin}
        tone={atUnitAdmin ? "attention" : "default"}
        href="/admin/usulan?status=WITH_UNIT_ADMIN"
      />
      <Stat label="Menunggu seleksi" value={n("SUBMITTED", "RESUBMITTED")} href="/admin/usulan?status=AWAITING_CHECK" />
      <Stat
        label="Perbaikan"
        value={n("RETURNED_FOR_CORRECTION")}
        href="/admin/usulan?status=RETURNED_FOR_CORRECTION"
      />
      <Stat label="Lolos" value={n("PASSED")} href="/admin/usulan?status=PASSED" />
      <Stat label="Tidak lolos" value={n("FAILED")} href="/admin/usulan?status=FAILED" />
    </StatGrid>
  );
}

/** The filters of the admin's proposal list: a plain GET form, so a filtered list can be shared as a link. */
export function ProvinceFilterForm({
  filters,
  filtered,
  options,
}: {
  filters: ProvinceListQuery["filters"];
  filtered: boolean;
  options: { institutions: Option[]; groups: Option[]; categories: Option[] };
}) {
  return (
    <form
      className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
      role="search"
    >
      <FilterField id="f-q" label="Judul" className="sm:col-span-2 lg:col-span-3">
        <Input id="f-q" name="q" type="search" defaultValue={filters.q} placeholder="Cari judul usulan…" />
      </FilterField>
      <FilterSelect
        id="f-status"
        name="status"
        label="Status"
        defaultValue={filters.status}
        allLabel="Semua status"
        options={STATUS_OPTIONS}
      />
      <FilterSelect
        id="f-institution"
        name="institution"
        label="Instansi"
        defaultValue={filters.institutionId}
        allLabel="Semua instansi"
        options={toOptions(options.institutions)}
      />
      <FilterSelect
        id="f-group"
        name="group"
        label="Kelompok"
        defaultValue={filters.groupId}
        allLabel="Semua kelompok"
        options={toOptions(options.groups)}
      />
      <FilterSelect
        id="f-category"
        name="category"
        label="Kategori"
        defaultValue={filters.categoryId}
        allLabel="Semua kategori"
        options={toOptions(options.categories)}
      />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-2 lg:justify-end">
        <Button type="submit">Terapkan</Button>
        {filtered && (
          <ButtonLink href="/admin/usulan" variant="ghost">
            Hapus filter
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
