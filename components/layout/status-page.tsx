import type { ReactNode } from "react";

type StatusPageProps = {
  /** Short label above the title, e.g. "Galat 404". */
  code: string;
  title: string;
  description: ReactNode;
  icon: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
};

/** The shared frame of the 404, 403 and error views. Works in Server and Client Components. */
export function StatusPage({ code, title, description, icon, actions, children }: StatusPageProps) {
  return (
    <section
      aria-labelledby="judul-status"
      className="mx-auto flex max-w-2xl flex-col items-center px-4 py-16 text-center sm:px-6 sm:py-24"
    >
      <div
        aria-hidden="true"
        className="flex size-16 items-center justify-center rounded-2xl bg-brand-50 text-brand-800 ring-1 ring-brand-100"
      >
        {icon}
      </div>
      <p className="mt-6 text-sm font-semibold uppercase tracking-widest text-brand-700">{code}</p>
      <h1 id="judul-status" className="mt-2 text-3xl font-extrabold tracking-tight text-brand-950 sm:text-4xl">
        {title}
      </h1>
      <div className="mt-4 text-base leading-relaxed text-slate-700">{description}</div>
      {actions && <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>}
      {children}
    </section>
  );
}
