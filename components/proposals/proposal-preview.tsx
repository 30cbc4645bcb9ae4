import { formatDateTimeWIB, formatDateWIB } from "@/lib/format/date";
import { formatSdgs } from "@/lib/proposals/sdgs";
import type { ProposalPreview } from "@/lib/proposals/preview";
import { ProposalStatusBadge } from "./status-badge";

/** The proposal as judges will read it; also the print layout. */
export function ProposalPreviewView({ p }: { p: ProposalPreview }) {
  const facts: [string, React.ReactNode][] = [
    ["Unit", `${p.unitName} (${p.institutionName})`],
    ["Mulai diterapkan", p.implementationStartedOn ? formatDateWIB(p.implementationStartedOn) : "—"],
    ["Kelompok", p.groupName ?? "—"],
    ["Kategori", p.categoryName ?? "—"],
    ["TPB/SDGs", formatSdgs(p.sdgs)],
    ...(p.replicated ? ([["Inovasi asal", p.replicated]] as [string, React.ReactNode][]) : []),
    [
      "Inovator",
      p.innovators.length ? (
        <ul className="list-disc pl-5">
          {p.innovators.map((i, n) => (
            <li key={n}>{[i.name, i.position, i.nip ? `NIP ${i.nip}` : null].filter(Boolean).join(", ")}</li>
          ))}
        </ul>
      ) : (
        "—"
      ),
    ],
    [
      "Video",
      p.videoUrl ? (
        <a href={p.videoUrl} className="break-all text-brand-800 underline" rel="noopener noreferrer" target="_blank">
          {p.videoUrl}
        </a>
      ) : (
        "—"
      ),
    ],
    ["Penghargaan sebelumnya", p.priorAwards ? <span className="whitespace-pre-wrap">{p.priorAwards}</span> : "—"],
  ];
  return (
    <>
      {/* Printing shows only the proposal, not the app around it: see .proposal-print in app/globals.css. */}
      <article className="proposal-print mx-auto max-w-3xl rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-10 print:max-w-none print:border-0 print:p-0 print:shadow-none">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          KOVABLIK {p.editionYear} · Usulan inovasi
        </p>
        <h2 className="mt-1 text-2xl font-extrabold text-brand-950 sm:text-3xl">{p.title}</h2>
        <div className="mt-2 print:hidden">
          <ProposalStatusBadge status={p.status} />
        </div>
        <dl className="mt-6 grid gap-x-6 gap-y-3 border-y border-slate-200 py-5 text-sm sm:grid-cols-[12rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-slate-800">{label}</dt>
              <dd className="min-w-0 text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {p.sections.map((s, i) => (
          <section key={s.id} className="mt-8 break-inside-avoid-page">
            <h3 className="text-lg font-bold text-brand-950">
              {i + 1}. {s.title}
            </h3>
            <p className="text-xs text-slate-500">
              {s.wordLimit ? `${s.wordCount} / ${s.wordLimit} kata` : `${s.wordCount} kata`}
            </p>
            <div className="mt-2 whitespace-pre-wrap break-words leading-relaxed text-slate-900">
              {s.text.trim() ? s.text : <em className="text-slate-500">(belum diisi)</em>}
            </div>
          </section>
        ))}
        <section className="mt-8">
          <h3 className="text-lg font-bold text-brand-950">Lampiran</h3>
          {p.attachments.length ? (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {p.attachments.map((a) => (
                <li key={a.id}>
                  <span className="font-semibold">{a.label}:</span>{" "}
                  <a
                    className="break-all text-brand-800 underline print:no-underline"
                    href={`/api/usulan/${p.id}/lampiran/${a.id}`}
                  >
                    {a.fileName}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-slate-600">Belum ada lampiran.</p>
          )}
        </section>
        <p className="mt-10 text-xs text-slate-500">Terakhir diubah {formatDateTimeWIB(p.updatedAt)}.</p>
      </article>
    </>
  );
}
