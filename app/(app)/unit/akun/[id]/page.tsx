import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AccountStatusBadge } from "@/components/users/account-badges";
import { AccountDetailView } from "@/components/users/account-detail-view";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { getAccountDetail } from "@/lib/users/service";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string }> };

export const metadata: Metadata = { title: "Akun operator" };

export default async function OperatorAccountPage({ params, searchParams }: Props) {
  const actor = await getActor();
  const { id } = await params;
  if (!actor) redirect(`/masuk?callbackUrl=${encodeURIComponent(`/unit/akun/${id}`)}`);
  if (!can(actor, "dashboard:unit-admin")) forbidden();
  // Only operators of the actor's own subtree are found; anyone else is "not found", revealing nothing.
  const account = await getAccountDetail(actor, "operators", id);
  if (!account) notFound();
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
