import { Input, Select } from "@/components/ui/field";
import { FilterActions, FilterField, FilterSelect, optionsOf } from "@/components/ui/filters";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import { UNIT_KINDS, type UnitListQuery } from "@/lib/units/schemas";

/** A plain GET form: the search lives in the URL, so a result can be bookmarked and shared. */
export function UnitFilterForm({ query }: { query: UnitListQuery }) {
  const active = Boolean(query.q || query.kind || query.status !== "semua");
  return (
    <form
      method="get"
      action="/admin/unit"
      role="search"
      aria-label="Cari unit"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_minmax(0,1.3fr)_minmax(0,1fr)_auto]">
        <FilterField id="unit-q" label="Nama atau kode wilayah" className="sm:col-span-2 lg:col-span-1">
          <Input
            id="unit-q"
            name="q"
            type="search"
            autoComplete="off"
            placeholder="mis. Puskesmas, Malang, 35.07"
            defaultValue={query.q}
          />
        </FilterField>
        <FilterSelect
          id="unit-jenis"
          name="jenis"
          label="Jenis"
          defaultValue={query.kind ?? ""}
          allLabel="Semua jenis"
          options={optionsOf(UNIT_KINDS, UNIT_KIND_LABEL)}
        />
        {/* "semua" is the default here (inactive units are listed too), so it has a value of its own. */}
        <FilterField id="unit-status" label="Status">
          <Select id="unit-status" name="status" defaultValue={query.status}>
            <option value="semua">Semua</option>
            <option value="aktif">Aktif</option>
            <option value="nonaktif">Nonaktif</option>
          </Select>
        </FilterField>
        <FilterActions
          submitLabel="Cari"
          clearHref="/admin/unit"
          active={active}
          className="sm:col-span-2 lg:col-span-1"
        />
      </div>
    </form>
  );
}
