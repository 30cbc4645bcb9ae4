import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { ReturnNoteLine } from "@/components/proposals/workflow/return-note";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { formatDateTimeWIB, formatDeadlineWIB, toDateTimeAttribute } from "@/lib/format/date";
import { PROPOSAL_PAGE_SIZE, proposalListSchema } from "@/lib/proposals/schemas";
import { listProposals } from "@/lib/proposals/list";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Usulan inovasi" };

export default async function ProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePagePermission("proposal:list", "/usulan");
  const sp = await searchParams;
  const query = proposalListSchema.parse({ q: typeof sp.q === "string" ? sp.q : undefined, page: sp.page });
  const { edition, registrationOpen, items, total, page, pageCount } = await listProposals(actor, query);
  const mayCreate = actor.memberships.length > 0 && registrationOpen;
  const newButton = mayCreate ? <ButtonLink href="/usulan/baru">Buat usulan baru</ButtonLink> : null;

  return (
    <div>
      <PageHeader
        title="Usulan inovasi"
        description={
          edition ? (
            <>
              KOVABLIK {edition.year}. Pendaftaran ditutup {formatDeadlineWIB(edition.registrationClosesAt)}.
              {registrationOpen ? "" : " Usulan baru tidak dapat dibuat lagi."}
            </>
          ) : (
            "Belum ada edisi yang membuka pendaftaran."
          )
        }
        actions={newButton}
      />
      {!edition ? (
        <EmptyState
          title="Belum ada edisi yang dibuka"
          description="Usulan dapat disusun setelah Biro Organisasi membuka pendaftaran edisi baru."
        />
      ) : total === 0 && !query.q ? (
        <EmptyState
          title="Belum ada usulan"
          description={
            mayCreate
              ? "Mulai dengan judul inovasi. Isian tersimpan otomatis selama Anda mengetik, jadi Anda dapat melanjutkannya kapan saja."
              : "Belum ada usulan dari unit Anda pada edisi ini."
          }
          action={newButton}
        />
      ) : (
        <div className="space-y-4">
          <form role="search" className="flex max-w-xl gap-2" action="/usulan">
            <label htmlFor="cari-usulan" className="sr-only">
              Cari judul usulan
            </label>
            <Input id="cari-usulan" name="q" type="search" defaultValue={query.q} placeholder="Cari judul…" />
            <Button type="submit" variant="secondary">
              Cari
            </Button>
          </form>
          {items.length === 0 ? (
            <EmptyState
              title="Tidak ditemukan"
              description={`Tidak ada usulan dengan judul "${query.q}".`}
              action={
                <ButtonLink href="/usulan" variant="secondary">
                  Tampilkan semua
                </ButtonLink>
              }
            />
          ) : (
            <Card as="section" aria-label="Daftar usulan">
              <ul className="divide-y divide-slate-100">
                {items.map((p) => (
                  <li
                    key={p.id}
                    className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between sm:px-6"
                  >
                    <div className="min-w-0">
                      <Link
                        href={`/usulan/${p.id}`}
                        className="font-semibold text-brand-900 underline-offset-2 hover:underline"
                      >
                        {p.title}
                      </Link>
                      <p className="text-sm text-slate-600">
                        {p.unitName} · Terakhir disimpan{" "}
                        <time dateTime={toDateTimeAttribute(p.lastSavedAt)}>{formatDateTimeWIB(p.lastSavedAt)}</time>
                      </p>
                      {p.returnNote && <ReturnNoteLine note={p.returnNote} />}
                    </div>
                    <div className="shrink-0">
                      <ProposalStatusBadge status={p.status} />
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Pagination
            page={page}
            pageCount={pageCount}
            total={total}
            pageSize={PROPOSAL_PAGE_SIZE}
            basePath="/usulan"
            params={{ q: query.q }}
          />
        </div>
      )}
    </div>
  );
}
