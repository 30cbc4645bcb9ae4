import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { AuditEntryView } from "@/components/audit/audit-entry-detail";
import { entrySubject } from "@/components/audit/audit-table";
import { actionLabel } from "@/lib/audit/labels";
import { getAuditEntry } from "@/lib/audit/queries";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export async function generateMetadata({ params }: { params: Promise<{ seq: string }> }): Promise<Metadata> {
  const { seq } = await params;
  return { title: `Entri audit #${seq}` };
}

export default async function AuditEntryPage({ params }: { params: Promise<{ seq: string }> }) {
  const { seq } = await params;
  const actor = await requirePagePermission("audit:read", "/admin/audit");
  const entry = await loadOr404(() => getAuditEntry(actor, seq));
  return (
    <>
      <PageHeader
        back={{ href: "/admin/audit", label: "Log audit" }}
        title={`Entri audit #${entry.seq}`}
        description={`${actionLabel(entry.action)} — ${entrySubject(entry).noun}`}
      />
      <AuditEntryView entry={entry} />
    </>
  );
}
