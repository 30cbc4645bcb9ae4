import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PrintButton } from "@/components/proposals/print-button";
import { ProposalPreviewView } from "@/components/proposals/proposal-preview";
import { buttonStyles } from "@/components/ui/button";
import { getProposalPreview } from "@/lib/proposals/preview";
import { requirePageActor, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Pratinjau usulan" };

export default async function ProposalPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/usulan/${id}/pratinjau`);
  const p = await loadOr404(() => getProposalPreview(actor, id));
  return (
    <div>
      <PageHeader
        className="print:hidden"
        title="Pratinjau usulan"
        description="Seperti yang akan dibaca juri. Isian yang belum tersimpan tidak tampil di sini."
        back={{ href: `/usulan/${p.id}`, label: "Kembali ke penyusunan" }}
        actions={
          <>
            <PrintButton />
            {/* A plain link: the PDF is a file download, not a page to navigate to. */}
            <a href={`/api/usulan/${p.id}/pdf`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
              Unduh PDF
            </a>
          </>
        }
      />
      <ProposalPreviewView p={p} />
    </div>
  );
}
