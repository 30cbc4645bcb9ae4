import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/card";
import { ReviewLayout } from "@/components/proposals/workflow/review-layout";
import { QuotaMeter } from "@/components/proposals/workflow/quota-meter";
import { ResubmitButton } from "@/components/proposals/workflow/resubmit-button";
import { ReviewActions } from "@/components/proposals/workflow/review-actions";
import { SendToUnitAdminButton } from "@/components/proposals/workflow/send-to-unit-admin-button";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { formatDateTimeWIB, formatDeadlineWIB } from "@/lib/format/date";
import { deadlineFactsOf, editRule, registrationDeadline, windowOpen } from "@/lib/proposals/lifecycle";
import { proposalForReview } from "@/lib/proposals/workflow-queries";
import { loadOr404, requirePageActor } from "@/lib/auth/page-guards";
import { ProposalScheduleNotice } from "@/components/schedules/unit-schedule";
import { proposalSchedule } from "@/lib/schedules/queries";

export const metadata: Metadata = { title: "Periksa usulan" };

export default async function UnitProposalReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/unit/usulan/${id}`);
  const p = await loadOr404(() => proposalForReview(actor, id));
  if (!p.roles.includes("UNIT_ADMIN")) {
    if (p.roles.includes("ADMIN")) redirect(`/admin/usulan/${p.id}`);
    forbidden();
  }
  const now = new Date();
  const facts = deadlineFactsOf(p);
  const registrationOpen = windowOpen("registration", facts, now);
  const deadline = registrationDeadline(facts);
  const deadlineText = formatDeadlineWIB(deadline, "belum ditetapkan");
  const editable = editRule(p.status)?.by.includes("UNIT_ADMIN") ?? false;
  const schedule = await proposalSchedule(actor, p.id);

  return (
    <>
      <PageHeader
        back={{ href: "/unit/usulan", label: "Usulan instansi" }}
        title={p.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ProposalStatusBadge status={p.status} />
            <span>
              {p.unit.name} · KOVABLIK {p.edition.year}
            </span>
          </span>
        }
        actions={
          editable ? (
            <ButtonLink href={`/usulan/${p.id}`} variant="secondary">
              Koreksi isian
            </ButtonLink>
          ) : undefined
        }
      />
      <ProposalScheduleNotice items={schedule} className="mb-4" />
      <ReviewLayout
        p={p}
        aside={
          <>
            <SectionCard id="langkah" title="Langkah berikutnya" contentClassName="space-y-4">
              <QuotaMeter quota={p.quota} />
              <p className="text-sm text-slate-600">
                Batas kirim ke provinsi: <strong className="text-slate-900">{deadlineText}</strong>
                {p.extensionUntil && p.extensionUntil > now ? " (perpanjangan khusus usulan ini)" : ""}
              </p>
              {p.status === "WITH_UNIT_ADMIN" && (
                <ReviewActions
                  proposalId={p.id}
                  title={p.title}
                  unitName={p.unit.name}
                  institutionName={p.institution.name}
                  quota={p.quota}
                  windowOpen={registrationOpen}
                  deadlineText={deadlineText}
                  canWithdraw
                />
              )}
              {(p.status === "DRAFT" || p.status === "RETURNED_TO_UNIT") && (
                <>
                  <p className="text-sm text-slate-700">
                    Usulan ini masih di unit. Anda dapat mengoreksinya, atau menerimanya untuk diperiksa tanpa menunggu
                    operator.
                  </p>
                  {registrationOpen && (
                    <SendToUnitAdminButton proposalId={p.id} title={p.title} deadlineText={deadlineText} asUnitAdmin />
                  )}
                </>
              )}
              {p.status === "RETURNED_FOR_CORRECTION" && (
                <ResubmitButton
                  proposalId={p.id}
                  title={p.title}
                  deadlineText={formatDeadlineWIB(p.correctionDeadline)}
                />
              )}
              {["SUBMITTED", "RESUBMITTED"].includes(p.status) && (
                <p className="text-sm text-slate-700">
                  Sudah dikirim {formatDateTimeWIB(p.submittedAt)}; menunggu seleksi administrasi provinsi.
                </p>
              )}
            </SectionCard>
          </>
        }
      />
    </>
  );
}
