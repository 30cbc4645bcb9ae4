import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/ui/pagination";
import { DeliverNowPanel } from "@/components/notifications/outbox-actions";
import { OutboxList, OutboxStateTabs } from "@/components/notifications/outbox-list";
import { OutboxSearch } from "@/components/notifications/outbox-search";
import { SmtpNotice } from "@/components/notifications/smtp-notice";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { OUTBOX_PAGE_SIZE, listNotifications, parseOutboxFilters, smtpConfigured } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Kotak keluar" };

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("notification:read", "/admin/kotak-keluar");
  const filters = parseOutboxFilters(await searchParams);
  const list = await listNotifications(actor, filters);
  const filtered = Boolean(filters.state || filters.q);
  return (
    <>
      <PageHeader
        title="Kotak keluar"
        description="Email yang dikirim portal: undangan akun, tautan atur ulang kata sandi, dan pemberitahuan. Pesan ditulis ke sini lebih dulu, lalu dikirim dan dicoba ulang otomatis bila gagal."
      />
      <div className="flex flex-col gap-4">
        <SmtpNotice configured={smtpConfigured()} />
        {can(actor, "notification:manage") && <DeliverNowPanel />}
        <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
          <div className="min-w-0 lg:flex-1">
            <OutboxStateTabs filters={filters} counts={list.counts} />
          </div>
          <div className="lg:w-72">
            <OutboxSearch filters={filters} />
          </div>
        </div>
        {list.items.length === 0 ? (
          <EmptyState
            title={filtered ? "Tidak ada pesan yang cocok" : "Kotak keluar kosong"}
            description={
              filtered
                ? "Ubah status atau kata pencarian untuk melihat pesan lain."
                : "Pesan akan muncul di sini saat portal mengirim undangan akun atau tautan atur ulang kata sandi."
            }
          />
        ) : (
          <div>
            <OutboxList items={list.items} />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              total={list.total}
              pageSize={OUTBOX_PAGE_SIZE}
              basePath="/admin/kotak-keluar"
              params={{ state: filters.state, q: filters.q }}
            />
          </div>
        )}
      </div>
    </>
  );
}
