import type { ReactNode } from "react";

/** The frame of the public information pages (FAQ, privacy): a title band and a readable column. */
export function InfoPage({
  eyebrow,
  title,
  lead,
  children,
}: {
  eyebrow: string;
  title: string;
  lead: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <section data-surface="dark" className="bg-linear-to-br from-brand-950 via-brand-900 to-brand-800 text-white">
        <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6 sm:py-14">
          <p className="text-sm font-semibold uppercase tracking-widest text-gold-300">{eyebrow}</p>
          <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-balance sm:text-4xl">{title}</h1>
          <div className="mt-4 max-w-3xl text-base leading-relaxed text-brand-50 sm:text-lg">{lead}</div>
        </div>
      </section>
      <div className="bg-slate-50">
        <div className="mx-auto max-w-4xl space-y-8 px-4 py-10 sm:px-6 sm:py-14">{children}</div>
      </div>
    </>
  );
}

/** One titled block of an information page. */
export function InfoSection({ id, title, children }: { id?: string; title: string; children: ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={id ? `${id}-judul` : undefined}
      className="scroll-mt-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8"
    >
      <h2
        id={id ? `${id}-judul` : undefined}
        className="text-xl font-extrabold tracking-tight text-brand-950 sm:text-2xl"
      >
        {title}
      </h2>
      <div className="mt-4 space-y-4 text-base leading-relaxed text-slate-700 [&_li_a]:font-semibold [&_li_a]:text-brand-800 [&_li_a]:underline [&_p_a]:font-semibold [&_p_a]:text-brand-800 [&_p_a]:underline [&_ul]:list-disc [&_ul]:space-y-1.5 [&_ul]:pl-5">
        {children}
      </div>
    </section>
  );
}

/** A question and its answer. */
export function Question({ q, children }: { q: string; children: ReactNode }) {
  return (
    <div className="border-t border-slate-100 pt-4 first:border-t-0 first:pt-0">
      <h3 className="text-base font-bold text-brand-950 sm:text-lg">{q}</h3>
      <div className="mt-2 space-y-2">{children}</div>
    </div>
  );
}
