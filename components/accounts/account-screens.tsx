import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import type { UnitOption } from "@/lib/units/schemas";
import { ACCOUNT_PAGE_SIZE, type AccountListQuery } from "@/lib/accounts/schemas";
import type { AccountDetail, AccountListItem } from "@/lib/accounts/list";
import type { AccountMode } from "@/lib/accounts/scope";
import { AccountStatusBadge } from "./account-badges";
import { AccountDetailView } from "./account-detail-view";
import { AccountFilterForm } from "./account-filters";
import { AccountTable } from "./account-table";

// The account screens of the admin (/admin/akun, every account) and of the admin lokal (/unit/akun, the
// operators of its institutions) are one set of views; the mode decides the paths and the words.
const AREA = {
  all: { basePath: "/admin/akun", listLabel: "Daftar akun", newLabel: "Buat akun" },
  operators: { basePath: "/unit/akun", listLabel: "Akun operator", newLabel: "Buat akun operator" },
} as const satisfies Record<AccountMode, { basePath: string; listLabel: string; newLabel: string }>;

/** One account: its name, state and e-mail above everything the viewer may see and change. */
export function AccountDetailScreen({
  account,
  mode,
  created,
}: {
  account: AccountDetail;
  mode: AccountMode;
  created: boolean;
}) {
  return (
    <>
      <PageHeader
        title={account.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <AccountStatusBadge status={account.status} />
            <span className="break-all">{account.email}</span>
          </span>
        }
        back={{ href: AREA[mode].basePath, label: AREA[mode].listLabel }}
      />
      <AccountDetailView account={account} mode={mode} created={created} />
    </>
  );
}

/** The invitation form of either area, under its heading. */
export function NewAccountScreen({
  mode,
  title,
  description,
  children,
}: {
  mode: AccountMode;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader
        title={title}
        description={description}
        back={{ href: AREA[mode].basePath, label: AREA[mode].listLabel }}
      />
      <Card className="max-w-3xl">
        <CardContent>{children}</CardContent>
      </Card>
    </>
  );
}

type AccountListScreenProps = {
  mode: AccountMode;
  title: string;
  description: string;
  list: { items: AccountListItem[]; page: number; pageCount: number; total: number };
  query: AccountListQuery;
  unit: UnitOption | null;
  /** Where "Buat akun" leads (the admin's keeps the unit filter). */
  newHref: string;
  /** A one-off message above the filters (e.g. after ending a role). */
  notice?: string;
};

/** The searchable, paged account list of either area. */
export function AccountListScreen({
  mode,
  title,
  description,
  list,
  query,
  unit,
  newHref,
  notice,
}: AccountListScreenProps) {
  const { basePath, newLabel } = AREA[mode];
  const showRole = mode === "all";
  const filtered = Boolean(query.q || (showRole && query.role) || query.status || query.unitId);
  const newButton = <ButtonLink href={newHref}>{newLabel}</ButtonLink>;
  return (
    <>
      <PageHeader title={title} description={description} actions={newButton} />
      <div className="flex flex-col gap-5">
        {notice && <Alert tone="success">{notice}</Alert>}
        <AccountFilterForm basePath={basePath} query={query} unit={unit} showRole={showRole} />
        {list.items.length === 0 ? (
          <EmptyState
            title={
              filtered ? "Tidak ada akun yang cocok" : mode === "all" ? "Belum ada akun" : "Belum ada akun operator"
            }
            description={
              filtered
                ? "Ubah kata kunci atau saringan untuk melihat akun lain."
                : mode === "all"
                  ? undefined
                  : "Buat akun untuk operator unit di wilayah Anda."
            }
            action={filtered || mode === "all" ? undefined : newButton}
          />
        ) : (
          <div>
            <AccountTable
              users={list.items}
              basePath={basePath}
              caption={mode === "all" ? "Daftar akun" : "Daftar akun operator"}
            />
            <Pagination
              page={list.page}
              pageCount={list.pageCount}
              total={list.total}
              pageSize={ACCOUNT_PAGE_SIZE}
              basePath={basePath}
              params={{
                q: query.q,
                peran: showRole ? query.role : undefined,
                status: query.status,
                unit: query.unitId,
              }}
            />
          </div>
        )}
      </div>
    </>
  );
}
