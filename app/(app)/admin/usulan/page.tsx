import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { DeadlineCountdown } from "@/components/proposals/workflow/deadline-countdown";
import { Pagination } from "@/components/ui/pagination";
import { ProvinceFilterForm, ProvinceStats } from "@/components/proposals/workflow/province-filters";
import { InstitutionCountsTable, ProvinceProposalList } from "@/components/proposals/workflow/province-list";
import { SendRemindersButton } from "@/components/proposals/workflow/send-reminders-button";
import { formatDeadlineWIB } from "@/lib/format/date";
import { PROPOSAL_PAGE_SIZE } from "@/lib/proposals/schemas";
import { provinceOverview } from "@/lib/proposals/workflow-queries";
import { provinceListQuerySchema } from "@/lib/proposals/workflow-schemas";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Usulan & seleksi" };

export default async function ProvinceProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("proposal:check", "/admin/usulan");
  const { filters, byInstitution } = provinceListQuerySchema.parse(await searchParams);
  const data = await provinceOverview(actor, filters);
  const now = new Date();
  if (!data) {
    return (
      <>
        <PageHeader title="Usulan & seleksi" />
        <EmptyState
          title="Belum ada edisi yang dibuka"
          description="Usulan akan tampil di sini setelah edisi dibuka."
        />
      </>
    );
  }
  const atUnits = (data.byStatus.DRAFT ?? 0) + (data.byStatus.RETURNED_TO_UNIT ?? 0);
  const atUnitAdmin = data.byStatus.WITH_UNIT_ADMIN ?? 0;
  const params = {
    q: filters.q,
    status: filters.status,
    group: filters.groupId,
    category: filters.categoryId,
    institution: filters.institutionId,
  };
  const filtered = Object.values(params).some(Boolean);
  // The file holds every proposal the filters select, not only this page.
  const exportHref = (format: "csv" | "xlsx") => {
    const qs = new URLSearchParams({ format });
    for (const [k, v] of Object.entries(params)) if (v) qs.set(k, v);
    return `/api/admin/usulan/ekspor?${qs}`;
  };
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
        <ProvinceStats byStatus={data.byStatus} />

        <nav aria-label="Tampilan" className="flex gap-1 border-b border-slate-200">
          <Link href="/admin/usulan" className={tab(!byInstitution)} aria-current={!byInstitution ? "page" : undefined}>
            Daftar usulan
          </Link>
          <Link
            href="/admin/usulan?view=instansi"
            className={tab(byInstitution)}
            aria-current={byInstitution ? "page" : undefined}
          >
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
            <ProvinceFilterForm filters={filters} filtered={filtered} options={data} />
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="text-sm text-slate-600" aria-live="polite">
                {data.total} usulan{filtered ? " sesuai filter" : ""}
              </p>
              <div className="flex gap-2">
                <a className={buttonStyles({ variant: "secondary", size: "sm" })} href={exportHref("csv")} download>
                  Unduh CSV
                </a>
                <a className={buttonStyles({ variant: "secondary", size: "sm" })} href={exportHref("xlsx")} download>
                  Unduh Excel
                </a>
              </div>
            </div>
            {data.items.length ? (
              <>
                <ProvinceProposalList items={data.items} />
                <Pagination
                  page={data.page}
                  pageCount={data.pageCount}
                  total={data.total}
                  pageSize={PROPOSAL_PAGE_SIZE}
                  params={params}
                  basePath="/admin/usulan"
                />
              </>
            ) : (
              <EmptyState
                title="Tidak ada usulan"
                description={
                  filtered ? "Tidak ada usulan yang cocok dengan filter ini." : "Belum ada usulan pada edisi ini."
                }
              />
            )}
          </>
        )}
      </div>
    </>
  );
}
