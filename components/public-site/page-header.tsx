import type { ReactNode } from "react";

/** The dark band at the top of every public page below the home page. */
export function PublicPageHeader({ eyebrow, title, lead }: { eyebrow?: string; title: string; lead?: ReactNode }) {
  return (
    <div data-surface="dark" className="bg-linear-to-br from-brand-950 via-brand-900 to-brand-800 text-white">
      <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-12">
        {eyebrow ? <p className="text-sm font-semibold uppercase tracking-widest text-gold-300">{eyebrow}</p> : null}
        <h1 className="mt-1 text-3xl font-extrabold tracking-tight break-words sm:text-4xl">{title}</h1>
        {lead ? <div className="mt-3 max-w-3xl text-base leading-relaxed text-brand-100">{lead}</div> : null}
      </div>
    </div>
  );
}
