import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CheckForm } from "@/components/admin-check/check-form";
import { CheckHistory } from "@/components/admin-check/check-history";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { LatestCheckNote } from "@/components/proposals/workflow/latest-check-note";
import {
  ProposalAttachments,
  ProposalFacts,
  ProposalSections,
  StatusHistory,
} from "@/components/proposals/workflow/proposal-view";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { checkContext } from "@/lib/admin-check/service";
import { STATUS_LABEL } from "@/lib/proposals/lifecycle";
import { dateToWibInput } from "@/lib/format/wib-input";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Seleksi administrasi" };

export default async function AdminCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("proposal:check", `/admin/usulan/${id}/seleksi`);
  const ctx = await loadOr404(() => checkContext(actor, id));
  const { proposal: p, checklist, attempts, checkable } = ctx;
  const now = new Date();
  // A week from now at 23.59 WIB: a common correction window.
  const week = dateToWibInput(new Date(now.getTime() + 7 * 86_400_000)).slice(0, 10) + "T23:59";

  return (
    <>
      <PageHeader
        back={{ href: `/admin/usulan/${p.id}`, label: "Kembali ke usulan" }}
        title="Seleksi administrasi"
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-semibold text-slate-800">{p.title}</span>
            <ProposalStatusBadge status={p.status} />
            <span>
              {p.unit.name} · {p.institution.name}
            </span>
          </span>
        }
      />
      {/* Beside each other on wide screens, so the SK and the sections stay in view while the checklist is
          answered. On phones: the files first (the checklist asks about them), then the checklist, then the rest. */}
      <div className="grid gap-6 lg:grid-cols-2 lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-start-1">
          <ProposalAttachments p={p} />
        </div>
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <Card as="section" aria-labelledby="keputusan">
            <CardHeader>
              <CardTitle as="h2" id="keputusan">
                {!checkable
                  ? "Hasil seleksi"
                  : attempts.length
                    ? `Pemeriksaan ke-${attempts.length + 1}`
                    : "Pemeriksaan"}
              </CardTitle>
            </CardHeader>
            <CardContent>
              {checkable ? (
                <CheckForm
                  proposalId={p.id}
                  version={p.version}
                  title={p.title}
                  checklist={checklist}
                  defaultDeadline={week}
                  minDeadline={dateToWibInput(now)}
                />
              ) : (
                <div className="space-y-3">
                  <Alert tone="info">
                    Usulan berstatus &ldquo;{STATUS_LABEL[p.status]}&rdquo;; seleksi hanya untuk usulan yang sudah
                    dikirim atau dikirim ulang ke provinsi.
                  </Alert>
                  <LatestCheckNote p={p} />
                </div>
              )}
            </CardContent>
          </Card>
          <CheckHistory attempts={attempts} />
        </div>
        <div className="flex min-w-0 flex-col gap-6 lg:col-start-1 lg:row-start-2">
          <ProposalFacts p={p} />
          <ProposalSections p={p} />
          <StatusHistory p={p} />
        </div>
      </div>
    </>
  );
}
