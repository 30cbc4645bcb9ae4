import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { MessageView } from "@/components/notifications/message-view";
import { RetryButton } from "@/components/notifications/outbox-actions";
import { SmtpNotice } from "@/components/notifications/smtp-notice";
import { can } from "@/lib/auth/permissions";
import { getNotification, smtpConfigured } from "@/lib/notifications/queries";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Pesan kotak keluar" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("notification:read", "/admin/kotak-keluar");
  const message = await loadOr404(() => getNotification(actor, id));
  return (
    <>
      <PageHeader
        back={{ href: "/admin/kotak-keluar", label: "Kotak keluar" }}
        title="Pesan keluar"
        description={`Untuk ${message.recipientEmail}`}
        actions={
          message.state === "FAILED" && can(actor, "notification:manage") ? <RetryButton id={message.id} /> : undefined
        }
      />
      <div className="flex flex-col gap-4">
        {message.state === "PENDING" && <SmtpNotice configured={smtpConfigured()} />}
        <MessageView message={message} />
      </div>
    </>
  );
}
