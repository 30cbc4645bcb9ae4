import { Stat, StatGrid } from "@/components/dashboard/stat";
import { Button, ButtonLink } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { STATUS_LABEL, type ProposalStatus } from "@/lib/proposals/lifecycle";
import type { ProvinceListQuery } from "@/lib/proposals/workflow-schemas";

const STATUSES = Object.keys(STATUS_LABEL) as ProposalStatus[];
type Option = { id: string; name: string };

/** The province's counts by stage; each links to the list filtered to it. */
export function ProvinceStats({ byStatus }: { byStatus: Partial<Record<ProposalStatus, number>> }) {
  const n = (...s: ProposalStatus[]) => s.reduce((sum, x) => sum + (byStatus[x] ?? 0), 0);
  const atUnits = n("DRAFT", "RETURNED_TO_UNIT");
  const atUnitAdmin = n("WITH_UNIT_ADMIN");
  return (
    <StatGrid className="md:grid-cols-3 xl:grid-cols-6">
      <Stat label="Draf di unit" value={atUnits} tone={atUnits ? "attention" : "default"} href="/admin/usulan?status=AT_UNITS" />
      <Stat label="Di admin lokal" value={atUnitAdmin} tone={atUnitAdmin ? "attention" : "default"} href="/admin/usulan?status=WITH_UNIT_ADMIN" />
      <Stat label="Menunggu seleksi" value={n("SUBMITTED", "RESUBMITTED")} href="/admin/usulan?status=AWAITING_CHECK" />
      <Stat label="Perbaikan" value={n("RETURNED_FOR_CORRECTION")} href="/admin/usulan?status=RETURNED_FOR_CORRECTION" />
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
    <form className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3" role="search">
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="f-q" className="mb-1 block text-sm font-semibold text-slate-800">Judul</label>
        <Input id="f-q" name="q" type="search" defaultValue={filters.q} placeholder="Cari judul usulan…" />
      </div>
      <div>
        <label htmlFor="f-status" className="mb-1 block text-sm font-semibold text-slate-800">Status</label>
        <Select id="f-status" name="status" defaultValue={filters.status}>
          <option value="">Semua status</option>
          <option value="AWAITING_CHECK">Menunggu seleksi (baru dan kiriman ulang)</option>
          <option value="AT_UNITS">Masih di unit (draf dan dikembalikan)</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{STATUS_LABEL[s]}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="f-institution" className="mb-1 block text-sm font-semibold text-slate-800">Instansi</label>
        <Select id="f-institution" name="institution" defaultValue={filters.institutionId}>
          <option value="">Semua instansi</option>
          {options.institutions.map((i) => (
            <option key={i.id} value={i.id}>{i.name}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="f-group" className="mb-1 block text-sm font-semibold text-slate-800">Kelompok</label>
        <Select id="f-group" name="group" defaultValue={filters.groupId}>
          <option value="">Semua kelompok</option>
          {options.groups.map((g) => (
            <option key={g.id} value={g.id}>{g.name}</option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="f-category" className="mb-1 block text-sm font-semibold text-slate-800">Kategori</label>
        <Select id="f-category" name="category" defaultValue={filters.categoryId}>
          <option value="">Semua kategori</option>
          {options.categories.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </Select>
      </div>
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
