import { Input, Select } from "@/components/ui/field";
import { FilterActions, FilterField, FilterSelect } from "@/components/ui/filters";
import { actionLabel, entityLabel, labelledOptions } from "@/lib/audit/labels";
import type { AuditFilters } from "@/lib/audit/queries";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFilterForm({
  filters,
  actions,
  entityTypes,
}: {
  filters: AuditFilters;
  actions: string[];
  entityTypes: string[];
}) {
  const active = Boolean(
    filters.kind || filters.action || filters.entity || filters.actor || filters.from || filters.to,
  );
  return (
    <form
      method="get"
      action="/admin/audit"
      role="search"
      aria-label="Saring log audit"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FilterField id="f-kind" label="Jenis entri">
          <Select id="f-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">Semua entri</option>
            <option value="perubahan">Perubahan data</option>
            <option value="ditolak">Tindakan yang ditolak</option>
            <option value="masuk">Masuk dan keluar (berhasil/gagal)</option>
          </Select>
        </FilterField>
        <FilterSelect
          id="f-action"
          name="action"
          label="Aksi"
          defaultValue={filters.action ?? ""}
          allLabel="Semua aksi"
          options={labelledOptions(actions, actionLabel)}
        />
        <FilterSelect
          id="f-entity"
          name="entity"
          label="Jenis data"
          defaultValue={filters.entity ?? ""}
          allLabel="Semua jenis"
          options={labelledOptions(entityTypes, entityLabel)}
        />
        <FilterField id="f-actor" label="Email pelaku">
          <Input
            id="f-actor"
            name="actor"
            type="search"
            inputMode="email"
            autoComplete="off"
            placeholder="mis. admin@"
            defaultValue={filters.actor ?? ""}
          />
        </FilterField>
        <div className="grid grid-cols-2 gap-3 sm:contents">
          <FilterField id="f-from" label="Dari tanggal (WIB)" className="min-w-0">
            <Input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} className="sm:px-3 px-2" />
          </FilterField>
          <FilterField id="f-to" label="Sampai tanggal (WIB)" className="min-w-0">
            <Input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className="sm:px-3 px-2" />
          </FilterField>
        </div>
        <FilterActions submitLabel="Terapkan" clearHref="/admin/audit" active={active} />
      </div>
    </form>
  );
}
