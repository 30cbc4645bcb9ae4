import type { ReactNode } from "react";
import { formatDateWIB } from "@/lib/format/date";
import { formatFileSize } from "@/lib/format/size";
import type { ScoringSheet } from "@/lib/judging/score-queries";
import { formatSdgs } from "@/lib/proposals/sdgs";
import { ExternalLink } from "@/components/ui/external-link";

/** The proposal as the judge reads it: facts, every section, files opened inline, and the video link. */
export function ScoreProposal({ proposal }: { proposal: ScoringSheet["proposal"] }) {
  const facts: [string, ReactNode][] = [
    [
      "Unit",
      proposal.unitName === proposal.institutionName
        ? proposal.unitName
        : `${proposal.unitName} · ${proposal.institutionName}`,
    ],
    ["Kelompok", proposal.groupName ?? "—"],
    ["Kategori", proposal.categoryName ?? "—"],
    ["Mulai diterapkan", formatDateWIB(proposal.implementationStartedOn)],
    ["TPB/SDGs", formatSdgs(proposal.sdgs)],
    [
      "Inovator",
      proposal.innovators.length
        ? proposal.innovators.map((i) => (i.position ? `${i.name} (${i.position})` : i.name)).join(", ")
        : "—",
    ],
    ["Penghargaan sebelumnya", proposal.priorAwards || "—"],
  ];
  return (
    <article className="space-y-5" aria-label="Isi usulan">
      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold text-brand-950">Data usulan</h2>
        <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
          {facts.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-semibold text-slate-700">{k}</dt>
              <dd className="break-words text-slate-900">{v}</dd>
            </div>
          ))}
          <dt className="font-semibold text-slate-700">Video</dt>
          <dd className="break-all">
            <ExternalLink href={proposal.videoUrl} fallback="Tidak ada tautan video." />
          </dd>
        </dl>
      </section>

      <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold text-brand-950">Lampiran</h2>
        {proposal.attachments.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Usulan ini tidak memiliki lampiran.</p>
        ) : (
          <ul className="mt-2 space-y-2 text-sm">
            {proposal.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline gap-x-2">
                <a href={a.href} target="_blank" rel="noopener" className="font-semibold text-brand-800 underline">
                  {a.fileName}
                </a>
                <span className="text-slate-600">
                  {a.label} · {formatFileSize(a.sizeBytes)}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-xs text-slate-500">PDF dan gambar terbuka di tab baru peramban.</p>
      </section>

      {proposal.sections.map((s) => (
        <section key={s.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="text-lg font-bold text-brand-950">{s.title}</h2>
          {s.text.trim() ? (
            <p className="mt-2 whitespace-pre-wrap break-words text-[15px] leading-relaxed text-slate-900">{s.text}</p>
          ) : (
            <p className="mt-2 text-sm italic text-slate-500">Bagian ini tidak diisi.</p>
          )}
        </section>
      ))}
    </article>
  );
}
