import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { AssignmentPreviewView } from "@/components/judging/assignment-preview";
import { AssignmentTable } from "@/components/judging/assignment-table";
import { EnrolEntriesPanel } from "@/components/judging/enrol-entries-panel";
import { RoundTabs } from "@/components/judging/round-tabs";
import { Alert } from "@/components/ui/alert";
import { SectionCard } from "@/components/ui/card";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { assignmentViewSchema } from "@/lib/judging/assignment-schemas";
import { previewAssignment } from "@/lib/judging/assignments";
import { roundAssignments } from "@/lib/judging/assignments-queries";
import { roundEntryCounts } from "@/lib/judging/entries";

export const metadata: Metadata = { title: "Penugasan juri" };

export default async function RoundAssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { roundId } = await params;
  const actor = await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}/penugasan`);
  const search = await searchParams;
  const { tampil } = assignmentViewSchema.parse(search);
  const base = `/admin/penjurian/${roundId}/penugasan`;
  // The preview runs the solver; the per-entry view does not need it.
  const preview = tampil === "pratinjau" ? await loadOr404(() => previewAssignment(actor, roundId)) : null;
  const current =
    tampil === "usulan" ? await loadOr404(() => roundAssignments(roundId, Number(search.page ?? 1))) : null;
  const counts = await loadOr404(() => roundEntryCounts(roundId));
  const roundName = preview?.round.name ?? current?.round.name ?? "";
  const closed = preview ? preview.closed : !current?.changeable;

  return (
    <>
      <PageHeader
        back={{ href: `/admin/penjurian/${roundId}`, label: "Kembali ke babak" }}
        title="Penugasan juri"
        description={roundName}
      />
      <RoundTabs roundId={roundId} current="penugasan" />
      <p className="mb-4 flex gap-4 text-sm">
        <Link
          href={base}
          aria-current={tampil === "pratinjau" ? "page" : undefined}
          className={tampil === "pratinjau" ? "font-bold text-brand-900 underline" : "text-brand-700 hover:underline"}
        >
          Penugasan otomatis
        </Link>
        <Link
          href={`${base}?tampil=usulan`}
          aria-current={tampil === "usulan" ? "page" : undefined}
          className={tampil === "usulan" ? "font-bold text-brand-900 underline" : "text-brand-700 hover:underline"}
        >
          Per usulan (tambah/cabut manual)
        </Link>
      </p>
      {closed ? (
        <Alert tone="info" className="mb-4">
          Babak ini sudah ditutup; penugasannya tidak dapat diubah lagi.
        </Alert>
      ) : (
        <div className="mb-4">
          <EnrolEntriesPanel roundId={roundId} counts={counts} />
        </div>
      )}
      {current || !preview ? (
        <SectionCard
          id="per-usulan"
          title="Juri per usulan"
          description="Menambah juri tetap tunduk pada konflik dan batas beban."
        >
          {current && <AssignmentTable data={current} />}
        </SectionCard>
      ) : (
        <SectionCard
          id="pratinjau"
          title="Pratinjau penugasan otomatis"
          description="Setiap usulan mendapat jumlah juri yang ditetapkan, tanpa juri yang berkonflik, dalam batas beban, dengan beban serata mungkin dan juri yang sesuai keahliannya bila bisa. Penugasan yang sudah ada dipertahankan."
        >
          <AssignmentPreviewView p={preview} />
        </SectionCard>
      )}
    </>
  );
}
