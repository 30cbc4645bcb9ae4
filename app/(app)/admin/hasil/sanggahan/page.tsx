import type { Metadata } from "next";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { EditionSwitch } from "@/components/results/edition-switch";
import { ObjectionCard } from "@/components/results/objection-card";
import { ObjectionDecisionForm } from "@/components/results/objection-decision-form";
import { EmptyState } from "@/components/ui/empty-state";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { objectionsAdminView } from "@/lib/results/results-queries";

export const metadata: Metadata = { title: "Sanggahan finalis" };

const querySchema = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function ObjectionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("result:manage", "/admin/hasil/sanggahan");
  const { tahun } = querySchema.parse(await searchParams);
  const view = await loadOr404(() => objectionsAdminView(actor, tahun));
  const pending = view.objections.filter((o) => o.decision === "PENDING").length;
  return (
    <>
      <PageHeader
        title={`Sanggahan finalis edisi ${view.year}`}
        description={`${view.objections.length} sanggahan, ${pending} menunggu keputusan. Hasil baru dapat dikonfirmasi setelah masa sanggah berakhir dan semua sanggahan diputuskan; pengaju menerima keputusan lewat e-mail dan di portal.`}
        back={{ href: `/admin/hasil?tahun=${view.year}`, label: "Hasil & penghargaan" }}
      />
      <EditionSwitch years={view.editionYears} current={view.year} basePath="/admin/hasil/sanggahan" />
      {view.objections.length === 0 ? (
        <EmptyState
          title="Belum ada sanggahan"
          description="Sanggahan yang diajukan unit selama masa sanggah tampil di sini."
        />
      ) : (
        <ul className="space-y-4">
          {view.objections.map((o) => (
            <ObjectionCard key={o.id} o={o} by={o.lodgedBy?.name}>
              {o.decision === "PENDING" ? (
                <ObjectionDecisionForm objectionId={o.id} />
              ) : (
                <p className="text-slate-600">Diputuskan oleh {o.decidedBy?.name ?? "—"}.</p>
              )}
            </ObjectionCard>
          ))}
        </ul>
      )}
    </>
  );
}
