import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/ui/pagination";
import { AuditFilterForm } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { VerifyChainPanel } from "@/components/audit/verify-chain-button";
import { EmptyState } from "@/components/ui/empty-state";
import { AUDIT_PAGE_SIZE, auditFacets, listAuditEntries, parseAuditFilters } from "@/lib/audit/queries";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Log audit" };

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("audit:read", "/admin/audit");
  const filters = parseAuditFilters(await searchParams);
  const [list, facets] = await Promise.all([listAuditEntries(actor, filters), auditFacets(actor)]);
  const filtered = Boolean(
    filters.kind || filters.action || filters.entity || filters.actor || filters.from || filters.to,
  );
  return (
    <>
      <PageHeader
        title="Log audit"
        description="Catatan setiap perubahan data di portal — siapa, kapan, apa, dan nilai sebelum serta sesudahnya — juga tindakan yang ditolak serta setiap percobaan masuk. Log hanya dapat ditambah, tidak dapat diubah atau dihapus."
      />
      <div className="flex flex-col gap-5">
        <VerifyChainPanel />
        <AuditFilterForm filters={filters} actions={facets.actions} entityTypes={facets.entityTypes} />
        {list.entries.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada entri yang cocok" : "Log audit masih kosong"}
            description={
              filtered
                ? "Ubah atau hapus saringan untuk melihat entri lain."
                : "Entri akan muncul di sini begitu ada perubahan data, misalnya unit atau akun dibuat."
            }
          />
        ) : (
          <div>
            <AuditTable entries={list.entries} />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              total={list.total}
              pageSize={AUDIT_PAGE_SIZE}
              basePath="/admin/audit"
              params={{
                kind: filters.kind,
                action: filters.action,
                entity: filters.entity,
                actor: filters.actor,
                from: filters.from,
                to: filters.to,
              }}
            />
          </div>
        )}
      </div>
    </>
  );
}
