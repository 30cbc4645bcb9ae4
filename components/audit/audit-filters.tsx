import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { actionLabel, entityLabel, labelledOptions } from "@/lib/audit/labels";
import type { AuditFilters } from "@/lib/audit/queries";

const labelClass = "block text-sm font-semibold text-slate-800";

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
        <div className="space-y-1.5">
          <label htmlFor="f-kind" className={labelClass}>
            Jenis entri
          </label>
          <Select id="f-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">Semua entri</option>
            <option value="perubahan">Perubahan data</option>
            <option value="ditolak">Tindakan yang ditolak</option>
            <option value="masuk">Masuk dan keluar (berhasil/gagal)</option>
          </Select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="f-action" className={labelClass}>
            Aksi
          </label>
          <Select id="f-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">Semua aksi</option>
            {labelledOptions(actions, actionLabel).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="f-entity" className={labelClass}>
            Jenis data
          </label>
          <Select id="f-entity" name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">Semua jenis</option>
            {labelledOptions(entityTypes, entityLabel).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <label htmlFor="f-actor" className={labelClass}>
            Email pelaku
          </label>
          <Input
            id="f-actor"
            name="actor"
            type="search"
            inputMode="email"
            autoComplete="off"
            placeholder="mis. admin@"
            defaultValue={filters.actor ?? ""}
          />
        </div>
        <div className="grid grid-cols-2 gap-3 sm:contents">
          <div className="min-w-0 space-y-1.5">
            <label htmlFor="f-from" className={labelClass}>
              Dari tanggal (WIB)
            </label>
            <Input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} className="sm:px-3 px-2" />
          </div>
          <div className="min-w-0 space-y-1.5">
            <label htmlFor="f-to" className={labelClass}>
              Sampai tanggal (WIB)
            </label>
            <Input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} className="sm:px-3 px-2" />
          </div>
        </div>
        <div className="flex items-end gap-2">
          <Button type="submit" className="flex-1 sm:flex-none">
            Terapkan
          </Button>
          {active && (
            <Link
              href="/admin/audit"
              className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
            >
              Hapus saringan
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}
