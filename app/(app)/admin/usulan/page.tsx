import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Stat, StatGrid } from "@/components/dashboard/stat";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/field";
import { DeadlineCountdown } from "@/components/proposals/workflow/deadline-countdown";
import { Pagination } from "@/components/proposals/workflow/pagination";
import { InstitutionCountsTable, ProvinceProposalList } from "@/components/proposals/workflow/province-list";
import { SendRemindersButton } from "@/components/proposals/workflow/send-reminders-button";
import { can } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { formatDeadlineWIB } from "@/lib/format/date";
import { STATUS_LABEL, type ProposalStatus } from "@/lib/proposals/lifecycle";
import { provinceOverview, STAGE_FILTERS, type ProvinceFilters } from "@/lib/proposals/workflow-queries";

export const metadata: Metadata = { title: "Usulan & seleksi" };

type Search = { q?: string; status?: string; group?: string; category?: string; institution?: string; page?: string; view?: string };

const STATUSES = Object.keys(STATUS_LABEL) as ProposalStatus[];
const id = (v: string | undefined) => (v && /^[\w-]{1,64}$/.test(v) ? v : "");

export default async function ProvinceProposalsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!can(actor, "proposal:check")) forbidden();
  const sp = await searchParams;
  const status = (sp.status ?? "") in STAGE_FILTERS || STATUSES.includes(sp.status as ProposalStatus) ? (sp.status as ProvinceFilters["status"]) : "";
  const filters: ProvinceFilters = {
    q: (sp.q ?? "").trim().slice(0, 100),
    status,
    groupId: id(sp.group),
    categoryId: id(sp.category),
    institutionId: id(sp.institution),
    page: Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1),
  };
  const byInstitution = sp.view === "instansi";
  const data = await provinceOverview(actor, filters);
  const now = new Date();
  if (!data) {
    return (
      <>
        <PageHeader title="Usulan & seleksi" />
        <EmptyState title="Belum ada edisi yang dibuka" description="Usulan akan tampil di sini setelah edisi dibuka." />
      </>
    );
  }
  const n = (...s: ProposalStatus[]) => s.reduce((sum, x) => sum + (data.byStatus[x] ?? 0), 0);
  const atUnits = n("DRAFT", "RETURNED_TO_UNIT");
  const atUnitAdmin = n("WITH_UNIT_ADMIN");
  const params = { q: filters.q, status: filters.status, group: filters.groupId, category: filters.categoryId, institution: filters.institutionId };
  const filtered = Object.values(params).some(Boolean);
  const tab = (active: boolean) =>
    cn(
      "inline-flex min-h-10 items-center border-b-2 px-3 text-sm font-semibold",
      active ? "border-brand-700 text-brand-900" : "border-transparent text-slate-600 hover:text-brand-800",
    );

  return (
    <>
      <PageHeader
        title="Usulan & seleksi"
        description={<DeadlineCountdown edition={data.edition} now={now} />}
        actions={
          <SendRemindersButton
            deadlineText={formatDeadlineWIB(data.edition.registrationClosesAt, "belum ditetapkan")}
            atUnits={atUnits}
            atUnitAdmin={atUnitAdmin}
          />
        }
      />
      <div className="flex flex-col gap-6">
        <StatGrid className="md:grid-cols-3 xl:grid-cols-6">
          <Stat label="Draf di unit" value={atUnits} tone={atUnits ? "attention" : "default"} href="/admin/usulan?status=AT_UNITS" />
          <Stat label="Di admin lokal" value={atUnitAdmin} tone={atUnitAdmin ? "attention" : "default"} href="/admin/usulan?status=WITH_UNIT_ADMIN" />
          <Stat label="Menunggu seleksi" value={n("SUBMITTED", "RESUBMITTED")} href="/admin/usulan?status=AWAITING_CHECK" />
          <Stat label="Perbaikan" value={n("RETURNED_FOR_CORRECTION")} href="/admin/usulan?status=RETURNED_FOR_CORRECTION" />
          <Stat label="Lolos" value={n("PASSED")} href="/admin/usulan?status=PASSED" />
          <Stat label="Tidak lolos" value={n("FAILED")} href="/admin/usulan?status=FAILED" />
        </StatGrid>

        <nav aria-label="Tampilan" className="flex gap-1 border-b border-slate-200">
          <Link href="/admin/usulan" className={tab(!byInstitution)} aria-current={!byInstitution ? "page" : undefined}>
            Daftar usulan
          </Link>
          <Link href="/admin/usulan?view=instansi" className={tab(byInstitution)} aria-current={byInstitution ? "page" : undefined}>
            Per instansi
          </Link>
        </nav>

        {byInstitution ? (
          data.counts.length ? (
            <InstitutionCountsTable counts={data.counts} />
          ) : (
            <EmptyState title="Belum ada usulan" description="Belum ada unit yang membuat usulan pada edisi ini." />
          )
        ) : (
          <>
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
                  {data.institutions.map((i) => (
                    <option key={i.id} value={i.id}>{i.name}</option>
                  ))}
                </Select>
              </div>
              <div>
                <label htmlFor="f-group" className="mb-1 block text-sm font-semibold text-slate-800">Kelompok</label>
                <Select id="f-group" name="group" defaultValue={filters.groupId}>
                  <option value="">Semua kelompok</option>
                  {data.groups.map((g) => (
                    <option key={g.id} value={g.id}>{g.name}</option>
                  ))}
                </Select>
              </div>
              <div>
                <label htmlFor="f-category" className="mb-1 block text-sm font-semibold text-slate-800">Kategori</label>
                <Select id="f-category" name="category" defaultValue={filters.categoryId}>
                  <option value="">Semua kategori</option>
                  {data.categories.map((c) => (
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
            <p className="text-sm text-slate-600" aria-live="polite">
              {data.total} usulan{filtered ? " sesuai filter" : ""}
            </p>
            {data.items.length ? (
              <>
                <ProvinceProposalList items={data.items} />
                <Pagination page={data.page} pageCount={data.pageCount} params={params} basePath="/admin/usulan" />
              </>
            ) : (
              <EmptyState title="Tidak ada usulan" description={filtered ? "Tidak ada usulan yang cocok dengan filter ini." : "Belum ada usulan pada edisi ini."} />
            )}
          </>
        )}
      </div>
    </>
  );
}
