import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { AccountStatusBadge } from "@/components/users/account-badges";
import { AccountDetailView } from "@/components/users/account-detail-view";
import { getAccountDetail } from "@/lib/users/service";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string }> };

export const metadata: Metadata = { title: "Akun operator" };

export default async function OperatorAccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePagePermission("dashboard:unit-admin", `/unit/akun/${id}`);
  // Only operators of the actor's own subtree are found; anyone else is "not found", revealing nothing.
  const account = await loadOr404(() => getAccountDetail(actor, "operators", id));
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
        back={{ href: "/unit/akun", label: "Akun operator" }}
      />
      <AccountDetailView account={account} mode="operators" created={baru === "1"} />
    </>
  );
}
