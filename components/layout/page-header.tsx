import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Buttons or links for the page's main actions, shown right of the title (below it on phones). */
  actions?: ReactNode;
  /** A way back to the parent page, e.g. { href: "/admin/audit", label: "Log audit" }. */
  back?: { href: string; label: string };
  className?: string;
};

/** The top of every page in the signed-in area: the page's one h1, what it is for, and its actions. */
export function PageHeader({ title, description, actions, back, className }: PageHeaderProps) {
  return (
    <header
      className={cn(
        "mb-6 flex flex-col gap-4 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between",
        className,
      )}
    >
      <div className="min-w-0">
        {back && (
          <Link
            href={back.href}
            className="mb-2 inline-flex min-h-9 items-center gap-1 rounded-md text-sm font-semibold text-brand-700 hover:text-brand-900 hover:underline"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
              <path
                fillRule="evenodd"
                d="M12.8 4.2a.75.75 0 0 1 0 1.06L8.06 10l4.74 4.74a.75.75 0 1 1-1.06 1.06l-5.27-5.27a.75.75 0 0 1 0-1.06l5.27-5.27a.75.75 0 0 1 1.06 0Z"
                clipRule="evenodd"
              />
            </svg>
            {back.label}
          </Link>
        )}
        <h1 className="text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">{title}</h1>
        {description && (
          <div className="mt-1.5 max-w-3xl text-sm leading-relaxed text-slate-600 sm:text-base">{description}</div>
        )}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div>}
    </header>
  );
}
