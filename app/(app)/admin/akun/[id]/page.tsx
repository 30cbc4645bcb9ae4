import type { Metadata } from "next";
import { AccountDetailScreen } from "@/components/accounts/account-screens";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { getAccountDetail } from "@/lib/accounts/list";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string }> };

export const metadata: Metadata = { title: "Akun" };

export default async function AccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePagePermission("account:manage-any", `/admin/akun/${id}`);
  const account = await loadOr404(() => getAccountDetail(actor, "all", id));
  const { baru } = await searchParams;
  return <AccountDetailScreen account={account} mode="all" created={baru === "1"} />;
}
