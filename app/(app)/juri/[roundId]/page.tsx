import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { DeclarationForm } from "@/components/judging/declaration-form";
import { DeclareConflictForm } from "@/components/judging/declare-conflict-form";
import { OwnRoundEntries } from "@/components/judging/own-round-entries";
import { RoundStateBadge } from "@/components/judging/round-state-badge";
import { SectionCard } from "@/components/ui/card";
import { loadOr404, requirePagePermission } from "@/lib/auth/page-guards";
import { formatDateTimeRangeWIB, formatDateTimeWIB } from "@/lib/format/date";
import { getOwnRound } from "@/lib/judging/declarations";
import { ROUND_KIND_LABEL } from "@/lib/judging/schemas";

export const metadata: Metadata = { title: "Babak penilaian" };

export default async function JudgeRoundPage({ params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requirePagePermission("judging:declare", `/juri/${roundId}`);
  const { round, declarationSignedAt, entries, institutions, conflicts } = await loadOr404(() =>
    getOwnRound(actor, roundId),
  );
  const closed = round.state === "CLOSED" || round.state === "SEALED";
  return (
    <>
      <PageHeader
        back={{ href: "/juri", label: "Semua babak saya" }}
        title={round.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <RoundStateBadge state={round.state} />
            <span>
              KOVABLIK {round.edition.year} · {ROUND_KIND_LABEL[round.kind]}
            </span>
            <span aria-hidden="true">·</span>
            <span>{formatDateTimeRangeWIB(round.opensAt, round.closesAt)}</span>
          </span>
        }
      />
      <div className="flex flex-col gap-6">
        {declarationSignedAt ? (
          <>
            <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
              Pernyataan bebas konflik kepentingan ditandatangani {formatDateTimeWIB(declarationSignedAt)}.
            </p>
            <SectionCard id="usulan-saya" title="Usulan yang ditugaskan kepada saya">
              <OwnRoundEntries entries={entries} anonymised={round.anonymised} />
              <Link
                href={`/juri/babak/${round.id}`}
                className="mt-4 inline-block font-semibold text-brand-800 underline"
              >
                Buka meja penilaian babak ini
              </Link>
            </SectionCard>
          </>
        ) : closed ? (
          <p className="text-sm text-slate-700">Babak ini sudah ditutup.</p>
        ) : (
          <SectionCard
            id="pernyataan"
            title="Pernyataan bebas konflik kepentingan"
            description="Wajib ditandatangani sekali untuk babak ini sebelum usulan ditampilkan."
          >
            <DeclarationForm roundId={round.id} roundName={round.name} judgeName={actor.name} />
          </SectionCard>
        )}
        <SectionCard
          id="nyatakan-konflik"
          title="Nyatakan konflik kepentingan"
          description="Kapan saja Anda mengenal unit atau inovator sebuah usulan, nyatakan di sini. Usulannya dialihkan ke juri lain."
        >
          <DeclareConflictForm
            roundId={round.id}
            entries={entries.map((e) => ({ id: e.id, name: e.unitName ? `${e.title} — ${e.unitName}` : e.title }))}
            institutions={institutions}
          />
          {conflicts.length > 0 && (
            <div className="mt-6">
              <h3 className="text-base font-bold text-brand-950">Konflik yang tercatat untuk Anda pada edisi ini</h3>
              <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200">
                {conflicts.map((c) => (
                  <li key={c.id} className="p-3 text-sm">
                    <p className="font-semibold text-slate-900">{c.proposal?.title ?? c.unit?.name}</p>
                    <p className="text-slate-600">
                      {c.reason} · {formatDateTimeWIB(c.createdAt)}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </SectionCard>
      </div>
    </>
  );
}
