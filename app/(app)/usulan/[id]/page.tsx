import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { DeleteDraftButton } from "@/components/proposals/delete-draft-button";
import { ProposalEditor } from "@/components/proposals/proposal-editor";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { ResubmitButton } from "@/components/proposals/workflow/resubmit-button";
import { SendToUnitAdminButton } from "@/components/proposals/workflow/send-to-unit-admin-button";
import { Alert } from "@/components/ui/alert";
import { formatDeadlineWIB } from "@/lib/format/date";
import { getProposalEditor } from "@/lib/proposals/editor";
import { latestReturnNote } from "@/lib/proposals/return-notes";
import { handOffHistory } from "@/lib/proposals/workflow-queries";
import { StatusHistory } from "@/components/proposals/workflow/proposal-view";
import { ReturnNoteAlert } from "@/components/proposals/workflow/return-note";
import { requirePageActor, loadOr404 } from "@/lib/auth/page-guards";
import { ProposalScheduleNotice } from "@/components/schedules/unit-schedule";
import { proposalSchedule } from "@/lib/schedules/queries";

export const metadata: Metadata = { title: "Susun usulan" };

export default async function ProposalEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/usulan/${id}`);
  const data = await loadOr404(() => getProposalEditor(actor, id));

  const [returned, events, schedule] = await Promise.all([
    latestReturnNote(data.id),
    handOffHistory(data.id),
    proposalSchedule(actor, data.id),
  ]);
  const deadlineText = data.editable.ok && data.editable.until ? formatDeadlineWIB(data.editable.until) : undefined;

  return (
    <div>
      <PageHeader
        title={data.facts.title}
        back={{ href: "/usulan", label: "Usulan inovasi" }}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ProposalStatusBadge status={data.status} />
            <span>
              {data.unitName} · KOVABLIK {data.editionYear}
            </span>
          </span>
        }
        actions={
          <>
            {/* The server refuses a draft that was ever sent (it came back as "Dikembalikan", not "Draf"). */}
            {data.editable.ok && data.status === "DRAFT" ? (
              <DeleteDraftButton proposalId={data.id} title={data.facts.title} />
            ) : null}
            <ButtonLink href={`/usulan/${data.id}/pratinjau`} variant="secondary" size="sm">
              Pratinjau
            </ButtonLink>
          </>
        }
      />
      <ProposalScheduleNotice items={schedule} className="mb-4" />
      {returned && <ReturnNoteAlert note={returned} className="mb-4" />}
      {data.editable.ok ? (
        data.editable.until ? (
          <p className="mb-4 text-sm text-slate-700">
            Dapat diubah sampai <strong>{formatDeadlineWIB(data.editable.until)}</strong>. Isian tersimpan otomatis saat
            Anda berhenti mengetik.
          </p>
        ) : null
      ) : (
        <Alert tone="warning" className="mb-4">
          {data.editable.reason}
        </Alert>
      )}
      <ProposalEditor
        data={data}
        actions={
          // The submission steps belong to the workflow (components/proposals/workflow); the editor holds them disabled
          // while anything is unsaved, so nothing typed is sent half-saved or left behind.
          !data.editable.ok ? null : data.status === "DRAFT" || data.status === "RETURNED_TO_UNIT" ? (
            <SendToUnitAdminButton
              proposalId={data.id}
              title={data.facts.title}
              again={data.status === "RETURNED_TO_UNIT"}
              deadlineText={deadlineText}
              size="sm"
            />
          ) : data.status === "RETURNED_FOR_CORRECTION" ? (
            <ResubmitButton proposalId={data.id} title={data.facts.title} deadlineText={deadlineText} size="sm" />
          ) : null
        }
      />
      <div className="mt-6">
        <StatusHistory p={{ events }} />
      </div>
    </div>
  );
}
