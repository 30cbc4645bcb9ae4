import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CreateEditionForm } from "@/components/editions/create-edition-form";
import { EditionList } from "@/components/editions/edition-list";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listEditions } from "@/lib/editions/setup";

export const metadata: Metadata = { title: "Edisi" };

export default async function EditionsPage() {
  await requirePagePermission("edition:manage", "/admin/edisi");
  const editions = await listEditions();
  const suggestedYear = Math.max(new Date().getUTCFullYear(), ...editions.map((e) => e.year)) + 1;
  return (
    <>
      <PageHeader
        title="Edisi"
        description="Setiap tahun KOVABLIK berjalan sebagai satu edisi: tema, jadwal, kelompok dan kategori, kuota instansi, serta formulir usulan. Buka sebuah edisi untuk mengatur semuanya."
      />
      <div className="flex flex-col gap-6">
        {editions.length ? (
          <EditionList editions={editions} />
        ) : (
          <EmptyState title="Belum ada edisi" description="Buat edisi pertama dengan formulir di bawah." />
        )}
        <Card as="section" aria-labelledby="buat-edisi">
          <CardHeader>
            <CardTitle as="h2" id="buat-edisi">
              Buat edisi baru
            </CardTitle>
            <CardDescription>
              Edisi baru dimulai sebagai draf dan belum terlihat oleh unit. Atur jadwal dan formulirnya, lalu ubah
              statusnya menjadi &ldquo;Pendaftaran dibuka&rdquo;.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <CreateEditionForm
              copyOptions={editions.map((e) => ({ id: e.id, year: e.year, theme: e.theme }))}
              suggestedYear={suggestedYear}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
