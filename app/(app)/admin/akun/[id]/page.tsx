import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { AccountStatusBadge } from "@/components/users/account-badges";
import { AccountDetailView } from "@/components/users/account-detail-view";
import { getAccountDetail } from "@/lib/users/service";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string }> };

export const metadata: Metadata = { title: "Akun" };

export default async function AccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePagePermission("account:manage-any", `/admin/akun/${id}`);
  const account = await loadOr404(() => getAccountDetail(actor, "all", id));
  const { baru } = await searchParams;
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
        back={{ href: "/admin/akun", label: "Daftar akun" }}
      />
      <AccountDetailView account={account} mode="all" created={baru === "1"} />
    </>
  );
}
