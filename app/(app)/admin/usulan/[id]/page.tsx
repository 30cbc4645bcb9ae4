import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ExtensionForm } from "@/components/proposals/workflow/extension-form";
import { ReviewLayout } from "@/components/proposals/workflow/review-layout";
import { QuotaMeter } from "@/components/proposals/workflow/quota-meter";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { formatDeadlineWIB } from "@/lib/format/date";
import { proposalForReview } from "@/lib/proposals/workflow-queries";
import { dateToWibInput } from "@/lib/format/wib-input";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Usulan" };

export default async function AdminProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePagePermission("proposal:check", `/admin/usulan/${id}`);
  const p = await loadOr404(() => proposalForReview(actor, id));
  const now = new Date();
  const checkable = p.status === "SUBMITTED" || p.status === "RESUBMITTED";
  const beforeProvince = p.status === "DRAFT" || p.status === "RETURNED_TO_UNIT" || p.status === "WITH_UNIT_ADMIN";
  const closes = p.edition.registrationClosesAt;
  const floor = closes && closes > now ? closes : now;
  const activeExtension = p.extensionUntil && p.extensionUntil > now ? p.extensionUntil : null;

  return (
    <>
      <PageHeader
        back={{ href: "/admin/usulan", label: "Usulan & seleksi" }}
        title={p.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ProposalStatusBadge status={p.status} />
            <span>
              {p.unit.name} · {p.institution.name}
            </span>
          </span>
        }
        actions={
          checkable ? <ButtonLink href={`/admin/usulan/${p.id}/seleksi`}>Seleksi administrasi</ButtonLink> : undefined
        }
      />
      <ReviewLayout
        p={p}
        aside={
          <>
            <Card as="section" aria-labelledby="kuota">
              <CardHeader>
                <CardTitle as="h2" id="kuota">
                  Kuota {p.institution.name}
                </CardTitle>
              </CardHeader>
              <CardContent>
                <QuotaMeter quota={p.quota} />
              </CardContent>
            </Card>
            {beforeProvince && (
              <Card as="section" aria-labelledby="perpanjangan">
                <CardHeader>
                  <CardTitle as="h2" id="perpanjangan">
                    Perpanjangan batas waktu
                  </CardTitle>
                  <CardDescription>
                    Batas pendaftaran edisi: {formatDeadlineWIB(closes, "belum ditetapkan")}.{" "}
                    {activeExtension
                      ? `Usulan ini sudah diperpanjang sampai ${formatDeadlineWIB(activeExtension)}.`
                      : "Perpanjangan berlaku hanya untuk usulan ini."}
                  </CardDescription>
                </CardHeader>
                <CardContent>
                  <ExtensionForm
                    proposalId={p.id}
                    minUntil={dateToWibInput(floor)}
                    defaultUntil={dateToWibInput(new Date((activeExtension ?? floor).getTime() + 3 * 86_400_000))}
                  />
                </CardContent>
              </Card>
            )}
          </>
        }
      />
    </>
  );
}
