import type { ReactNode } from "react";

/** One role's part of the dashboard, with the heading that names it ("Dasbor Admin", "Dasbor Juri" …). */
export function DashboardSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <div>
        <h2 id={id} className="text-xl font-bold text-brand-950">
          {title}
        </h2>
        <p className="mt-1 text-sm leading-relaxed text-slate-600">{description}</p>
      </div>
      {children}
    </section>
  );
}
