import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PageHeader } from "@/components/layout/page-header";
import { EditionSwitch } from "@/components/results/edition-switch";
import { ResultsAdmin } from "@/components/results/results-admin";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { resultsAdminView } from "@/lib/results/results-queries";

export const metadata: Metadata = { title: "Hasil & penghargaan" };

const querySchema = z.object({ tahun: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function ResultsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("result:manage", "/admin/hasil");
  const { tahun } = querySchema.parse(await searchParams);
  const view = await resultsAdminView(actor, tahun);
  if (!view) {
    return (
      <>
        <PageHeader title="Hasil & penghargaan" />
        <EmptyState title="Belum ada edisi" description="Hasil disusun per edisi. Buat edisi terlebih dahulu." />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={`Hasil & penghargaan edisi ${view.edition.year}`}
        description="Dari peringkat akhir ke hasil resmi: draf Top N dan penghargaan, pengumuman finalis dengan masa sanggah, konfirmasi pleno dengan berita acara, lalu pengumuman pemenang. Setiap versi tersimpan di riwayat."
        actions={
          <Link
            href={`/admin/hasil/sanggahan?tahun=${view.edition.year}`}
            className="font-semibold text-brand-800 underline underline-offset-2"
          >
            Sanggahan ({view.objections.pending} menunggu)
          </Link>
        }
      />
      <EditionSwitch years={view.editionYears} current={view.edition.year} basePath="/admin/hasil" />
      <ResultsAdmin view={view} />
    </>
  );
}
