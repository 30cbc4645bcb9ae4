import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateWIB } from "@/lib/format/date";
import type { KippBoard, KippCandidate } from "@/lib/nominations/nominations-queries";
import { STAGE_CHOICES } from "@/lib/nominations/nominations-queries";
import { RULE_LABEL, STAGE_LABEL, stageProblem } from "@/lib/nominations/rules";
import { NominateForm, OutcomeForm, WithdrawNominationButton } from "./nomination-forms";

export function KippYearTabs({ years, year }: { years: number[]; year: number }) {
  if (years.length < 2) return null;
  return (
    <nav aria-label="Edisi" className="flex flex-wrap gap-2">
      {years.map((y) => (
        <Link
          key={y}
          href={`/admin/kipp?tahun=${y}`}
          aria-current={y === year ? "page" : undefined}
          className={buttonStyles({ variant: y === year ? "primary" : "secondary", size: "sm" })}
        >
          {y}
        </Link>
      ))}
    </nav>
  );
}

export function KippQuota({ board }: { board: KippBoard }) {
  if (!board.edition) return null;
  return (
    <p className="text-sm text-slate-700">
      Kuota nasional: {board.edition.nationalQuotaPerInstitution} nominasi per instansi.{" "}
      {board.quota.length
        ? `Terpakai: ${board.quota.map((q) => `${q.name} ${q.used}/${q.max}`).join(", ")}.`
        : "Belum ada nominasi."}
    </p>
  );
}

export function KippCandidates({ board }: { board: KippBoard }) {
  if (!board.edition || !board.candidates.length)
    return (
      <EmptyState
        title="Belum ada pemenang yang dapat dinominasikan"
        description="Nominasi KIPP dibuka setelah hasil akhir edisi ditetapkan (Top N dan penghargaan)."
      />
    );
  return (
    <ol className="space-y-4" aria-label={`Pemenang KOVABLIK ${board.edition.year}`}>
      {board.candidates.map((c) => (
        <CandidateCard key={c.id} c={c} />
      ))}
    </ol>
  );
}

function CandidateCard({ c }: { c: KippCandidate }) {
  const headingId = `kandidat-${c.id}`;
  return (
    <li aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Peringkat {c.rank}</p>
          <h2 id={headingId} className="text-base font-bold break-words text-brand-950">
            {c.title}
          </h2>
          <p className="text-sm text-slate-600">
            {c.unit.name === c.institution.name ? c.unit.name : `${c.unit.name} · ${c.institution.name}`}
          </p>
          {c.awards.length > 0 && (
            <div className="mt-1 flex flex-wrap gap-1">
              {c.awards.map((a) => (
                <Badge key={a} tone="accent">
                  {a}
                </Badge>
              ))}
            </div>
          )}
        </div>
        {c.nomination && (
          <Badge tone={c.stage === "NOT_ADVANCED" ? "neutral" : "success"} className="self-start">
            {c.stage ? STAGE_LABEL[c.stage] : "Dinominasikan"}
          </Badge>
        )}
      </div>
      <div className="mt-3 border-t border-slate-100 pt-3">
        {c.nomination ? <Nominated c={c} nomination={c.nomination} /> : <Checks c={c} />}
      </div>
    </li>
  );
}

function Checks({ c }: { c: KippCandidate }) {
  const checks = c.checks ?? [];
  const blocked = checks.some((k) => !k.passed);
  return (
    <div className="space-y-3">
      <ul className="space-y-1 text-sm" aria-label="Ketentuan KIPP">
        {checks.map((k) => (
          <li key={k.rule} className="flex gap-2">
            <span aria-hidden="true" className={cn("font-bold", k.passed ? "text-emerald-700" : "text-red-700")}>
              {k.passed ? "✓" : "✗"}
            </span>
            <span>
              <span className="font-semibold">{RULE_LABEL[k.rule]}</span>
              <span className="sr-only">{k.passed ? " (terpenuhi)" : " (tidak terpenuhi)"}</span>: {k.detail}
            </span>
          </li>
        ))}
      </ul>
      <NominateForm proposalId={c.id} title={c.title} blocked={blocked} />
    </div>
  );
}

function Nominated({ c, nomination }: { c: KippCandidate; nomination: NonNullable<KippCandidate["nomination"]> }) {
  const stages = STAGE_CHOICES.filter((s) => !stageProblem(nomination.outcomes, s));
  const withdrawable = nomination.outcomes.every((o) => o.stage === "SUBMITTED");
  return (
    <div className="space-y-3">
      <div className="flex flex-col gap-2 text-sm text-slate-700 sm:flex-row sm:items-center sm:justify-between">
        <p>
          Dinominasikan {formatDateWIB(nomination.nominatedAt)}
          {nomination.sinovikRef ? ` · SiNoVik ${nomination.sinovikRef}` : ""}
        </p>
        <div className="flex flex-wrap gap-2">
          <a
            href={`/api/admin/kipp/${nomination.id}/berkas`}
            className={buttonStyles({ variant: "primary", size: "sm" })}
            download
          >
            Unduh berkas (ZIP)
          </a>
          {withdrawable && <WithdrawNominationButton nominationId={nomination.id} title={c.title} />}
        </div>
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-800">Riwayat hasil nasional</h3>
        {nomination.outcomes.length ? (
          <ol className="mt-1 space-y-1 text-sm">
            {nomination.outcomes.map((o) => (
              <li key={o.id}>
                <span className="font-medium">{STAGE_LABEL[o.stage]}</span> — {formatDateWIB(o.at)}
                {o.note ? ` · ${o.note}` : ""}
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-1 text-sm text-slate-600">Belum ada hasil nasional yang dicatat.</p>
        )}
      </div>
      {stages.length > 0 && (
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-900">Catat hasil tahap nasional</summary>
          <div className="mt-3">
            <OutcomeForm nominationId={nomination.id} stages={stages} />
          </div>
        </details>
      )}
    </div>
  );
}
