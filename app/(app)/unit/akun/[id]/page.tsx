import type { Metadata } from "next";
import { AccountDetailScreen } from "@/components/accounts/account-screens";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { getAccountDetail } from "@/lib/accounts/list";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string }> };

export const metadata: Metadata = { title: "Akun operator" };

export default async function OperatorAccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requirePagePermission("account:list-own-operators", `/unit/akun/${id}`);
  // Only operators of the actor's own subtree are found; anyone else is "not found", revealing nothing.
  const account = await loadOr404(() => getAccountDetail(actor, "operators", id));
  const { baru } = await searchParams;
  return <AccountDetailScreen account={account} mode="operators" created={baru === "1"} />;
}
