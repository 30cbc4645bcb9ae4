import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { AuditEntryView } from "@/components/audit/audit-entry-detail";
import { getAuditEntry } from "@/lib/audit/queries";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata({ params }: { params: Promise<{ seq: string }> }): Promise<Metadata> {
  const { seq } = await params;
  return { title: `Entri audit #${seq}` };
}

export default async function AuditEntryPage({ params }: { params: Promise<{ seq: string }> }) {
  const { seq } = await params;
  const actor = await getActor();
  if (!actor) redirect("/masuk?callbackUrl=%2Fadmin%2Faudit");
  if (!can(actor, "audit:read")) forbidden();
  const entry = await getAuditEntry(actor, seq);
  if (!entry) notFound();
  return (
    <>
      <PageHeader
        back={{ href: "/admin/audit", label: "Log audit" }}
        title={`Entri audit #${entry.seq}`}
        description={`${entry.action} pada ${entry.entityType}${entry.entityId ? ` ${entry.entityId}` : ""}`}
      />
      <AuditEntryView entry={entry} />
    </>
  );
}
