import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/card";
import { formatDateTimeWIB, formatDateWIB, formatShortDateWIB, toDateTimeAttribute } from "@/lib/format/date";
import { formatFileSize } from "@/lib/format/size";
import { STATUS_LABEL } from "@/lib/proposals/lifecycle";
import type { HandOffEvent, ProposalReview } from "@/lib/proposals/workflow-queries";
import { isInlineType } from "@/lib/proposals/served-file";
import { formatSdgs } from "@/lib/proposals/sdgs";
import { ExternalLink } from "@/components/ui/external-link";

const ATTACHMENT_KIND: Record<string, string> = {
  SK_DECREE: "SK",
  PHOTO: "Foto",
  SUPPORTING_DOCUMENT: "Dokumen pendukung",
  PRESENTATION: "Presentasi",
  OTHER: "Lainnya",
};

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** The facts of a proposal, read-only, as the admin lokal and the province review them. */
export function ProposalFacts({ p }: { p: ProposalReview }) {
  return (
    <SectionCard id="fakta" title="Data usulan">
      <dl className="grid gap-4 sm:grid-cols-2">
        <Fact label="Unit pengusul">{p.unit.name}</Fact>
        <Fact label="Instansi">{p.institution.name}</Fact>
        <Fact label="Kelompok">{p.group?.name ?? "Belum dipilih"}</Fact>
        <Fact label="Kategori">{p.category?.name ?? "Belum dipilih"}</Fact>
        <Fact label="Mulai diterapkan">{formatDateWIB(p.implementationStartedOn, "Belum diisi")}</Fact>
        <Fact label="TPB/SDGs">{formatSdgs(p.sdgs)}</Fact>
        {p.replicatedInnovation && (
          <Fact label="Mereplikasi">
            {p.replicatedInnovation.name} ({p.replicatedInnovation.unit.name})
          </Fact>
        )}
        <Fact label="Video">
          <ExternalLink href={p.videoUrl} fallback="Belum diisi" />
        </Fact>
        <Fact label="Inovator">
          {p.innovators.length ? (
            <ul className="space-y-0.5">
              {p.innovators.map((i, n) => (
                <li key={n}>
                  {i.name}
                  {i.position ? `, ${i.position}` : ""}
                  {i.nip ? <span className="text-slate-500"> · NIP {i.nip}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            "Belum diisi"
          )}
        </Fact>
        <Fact label="Penghargaan sebelumnya">{p.priorAwards || "—"}</Fact>
      </dl>
    </SectionCard>
  );
}

export function ProposalSections({ p }: { p: ProposalReview }) {
  return (
    <SectionCard id="isian" title="Isian usulan" contentClassName="space-y-6">
      {p.sections.map((s) => {
        const over = s.wordLimit !== null && s.wordCount > s.wordLimit;
        const empty = s.wordCount === 0;
        return (
          <section
            key={s.id}
            aria-labelledby={`bagian-${s.id}`}
            className="border-b border-slate-100 pb-5 last:border-0 last:pb-0"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <h3 id={`bagian-${s.id}`} className="font-bold text-brand-950">
                {s.title}
                {!s.required && <span className="ml-1 text-sm font-normal text-slate-500">(tidak wajib)</span>}
              </h3>
              <span className={over ? "text-sm font-semibold text-red-700" : "text-sm text-slate-500"}>
                {s.wordCount} {s.wordLimit ? `/ ${s.wordLimit} kata` : "kata"}
                {over ? " — melebihi batas" : ""}
              </span>
            </div>
            {empty ? (
              <p className={s.required ? "mt-2 text-sm font-medium text-red-700" : "mt-2 text-sm text-slate-500"}>
                {s.required ? "Belum diisi (wajib)." : "Tidak diisi."}
              </p>
            ) : (
              <p className="mt-2 whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{s.text}</p>
            )}
          </section>
        );
      })}
    </SectionCard>
  );
}

export function ProposalAttachments({ p }: { p: ProposalReview }) {
  const missing = p.requirements.filter((r) => r.required && !p.attachments.some((a) => a.kind === r.kind));
  return (
    <SectionCard id="lampiran" title="Lampiran" contentClassName="space-y-3">
      {missing.length > 0 && (
        <p className="text-sm font-medium text-red-700">
          Belum ada lampiran wajib: {missing.map((m) => m.label).join(", ")}.
        </p>
      )}
      {p.attachments.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada lampiran.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {p.attachments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              {/* A new tab, so the reviewer keeps the checklist; PDF and images open there, others download. */}
              <a
                href={`/api/usulan/${p.id}/lampiran/${a.id}`}
                target="_blank"
                rel="noopener"
                className="min-w-0 break-all font-medium text-brand-700 underline hover:text-brand-900"
              >
                {a.fileName}
                <span className="sr-only">{isInlineType(a.contentType) ? " (buka di tab baru)" : " (unduh)"}</span>
              </a>
              <span className="flex items-center gap-2 text-slate-500">
                <Badge>{ATTACHMENT_KIND[a.kind] ?? a.kind}</Badge>
                {formatFileSize(a.sizeBytes)} · {formatShortDateWIB(a.uploadedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        <a
          href={`/usulan/${p.id}/pratinjau`}
          target="_blank"
          rel="noopener"
          className={buttonStyles({ variant: "secondary", size: "sm" })}
        >
          Pratinjau usulan
        </a>
        <a href={`/api/usulan/${p.id}/pdf`} className={buttonStyles({ variant: "secondary", size: "sm" })}>
          Unduh PDF usulan
        </a>
      </p>
    </SectionCard>
  );
}

/** Every hand-off with its note, newest first: the reviewers' overview and the operator's own proposal page. */
export function StatusHistory({ p }: { p: { events: HandOffEvent[]; createdAt?: Date } }) {
  return (
    <SectionCard id="riwayat" title="Riwayat status">
      {p.events.length === 0 ? (
        <p className="text-sm text-slate-600">
          Masih draf; belum pernah dikirim.{p.createdAt ? ` Dibuat ${formatDateTimeWIB(p.createdAt)}.` : ""}
        </p>
      ) : (
        <ol className="space-y-4">
          {p.events.map((e) => (
            <li key={String(e.id)} className="relative border-l-2 border-brand-200 pl-4">
              <p className="text-sm font-semibold text-slate-900">{STATUS_LABEL[e.toStatus]}</p>
              <p className="text-xs text-slate-500">
                <time dateTime={toDateTimeAttribute(e.at)}>{formatDateTimeWIB(e.at)}</time>
                {e.actor ? ` · ${e.actor.name}` : ""}
              </p>
              {e.comment && (
                <p className="mt-1.5 whitespace-pre-wrap break-words rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
                  {e.comment}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
