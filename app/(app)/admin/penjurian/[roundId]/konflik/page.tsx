import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { AddConflictForm } from "@/components/judging/add-conflict-form";
import { ConflictsPerEntry, ConflictsPerJudge } from "@/components/judging/conflict-lists";
import { RoundTabs } from "@/components/judging/round-tabs";
import { Alert } from "@/components/ui/alert";
import { SectionCard } from "@/components/ui/card";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { conflictViewSchema } from "@/lib/judging/assignment-schemas";
import { CONFLICT_LOOKBACK_YEARS } from "@/lib/judging/conflict-rules";
import { roundConflicts } from "@/lib/judging/conflicts";

export const metadata: Metadata = { title: "Konflik kepentingan" };

export default async function RoundConflictsPage({
  params,
  searchParams,
}: {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { roundId } = await params;
  const actor = await requirePagePermission("judging:manage", `/admin/penjurian/${roundId}/konflik`);
  const { tampil } = conflictViewSchema.parse(await searchParams);
  const data = await loadOr404(() => roundConflicts(actor, roundId));
  const base = `/admin/penjurian/${roundId}/konflik`;
  const viewLink = (key: "juri" | "usulan", label: string) => (
    <Link
      href={key === "juri" ? base : `${base}?tampil=${key}`}
      aria-current={tampil === key ? "page" : undefined}
      className={tampil === key ? "font-bold text-brand-900 underline" : "text-brand-700 hover:underline"}
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader
        back={{ href: `/admin/penjurian/${roundId}`, label: "Kembali ke babak" }}
        title="Konflik kepentingan"
        description={`${data.round.name} · KOVABLIK ${data.round.edition.year}`}
      />
      <RoundTabs roundId={roundId} current="konflik" />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr] lg:items-start">
        <SectionCard
          id="daftar-konflik"
          title="Daftar konflik"
          description={`Konflik bersifat mutlak: juri tidak pernah ditugaskan pada usulan yang berkonflik. Keanggotaan unit (kini atau dalam ${CONFLICT_LOOKBACK_YEARS} tahun terakhir) mencakup semua usulan instansi unit itu.`}
        >
          <p className="mb-4 flex gap-4 text-sm">
            {viewLink("juri", "Per juri")}
            {viewLink("usulan", "Per usulan")}
          </p>
          {tampil === "juri" ? <ConflictsPerJudge data={data} /> : <ConflictsPerEntry data={data} />}
        </SectionCard>
        <SectionCard
          id="tambah-konflik"
          title="Catat konflik"
          description="Penugasan yang sudah ada untuk pasangan ini langsung dicabut; lembar nilainya disimpan tetapi tidak dihitung."
        >
          {!data.changeable ? (
            <Alert tone="info">Babak ini sudah ditutup; konflik tidak dapat diubah lagi.</Alert>
          ) : data.judges.length === 0 ? (
            <Alert tone="info">Belum ada juri pada babak ini.</Alert>
          ) : (
            <AddConflictForm
              roundId={roundId}
              judges={data.judges}
              entries={data.entries.map((e) => ({ id: e.id, name: e.title }))}
              institutions={data.institutions}
            />
          )}
        </SectionCard>
      </div>
    </>
  );
}
