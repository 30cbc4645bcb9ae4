import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { daysLeft, DeadlineCountdown } from "@/components/proposals/workflow/deadline-countdown";
import { UnitQueue } from "@/components/proposals/workflow/unit-queue";
import { unitAdminQueue } from "@/lib/proposals/workflow-queries";
import { unitQueueQuerySchema } from "@/lib/proposals/workflow-schemas";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Usulan instansi" };

export default async function UnitProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("proposal:review-queue", "/unit/usulan");
  const { q } = unitQueueQuerySchema.parse(await searchParams);
  const now = new Date();
  const { edition, institutions } = await unitAdminQueue(actor, q);
  return (
    <>
      <PageHeader
        title="Usulan instansi"
        description="Semua usulan unit di bawah instansi Anda pada edisi berjalan: periksa yang menunggu, kembalikan yang perlu diperbaiki, dan kirim ke provinsi sesuai kuota."
      />
      {!edition ? (
        <EmptyState
          title="Belum ada edisi yang dibuka"
          description="Usulan akan tampil di sini setelah sekretariat membuka edisi baru."
        />
      ) : (
        <div className="flex flex-col gap-6">
          <div className="flex flex-col gap-4 lg:flex-row lg:items-center lg:justify-between">
            <DeadlineCountdown edition={edition} now={now} />
            <form role="search" className="flex w-full gap-2 lg:max-w-sm">
              <label htmlFor="cari-usulan" className="sr-only">
                Cari judul usulan
              </label>
              <Input id="cari-usulan" name="q" type="search" defaultValue={q} placeholder="Cari judul usulan…" />
              <Button type="submit" variant="secondary">
                Cari
              </Button>
            </form>
          </div>
          {institutions.map((inst) => (
            <UnitQueue
              key={inst.unitId}
              institution={inst}
              now={now}
              daysLeft={daysLeft(edition.registrationClosesAt, now)}
            />
          ))}
        </div>
      )}
    </>
  );
}
