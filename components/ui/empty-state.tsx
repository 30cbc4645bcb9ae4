import type { ReactNode } from "react";
import { cn } from "./cn";
import { LineIcon } from "./line-icon";

type EmptyStateProps = {
  title: string;
  description?: ReactNode;
  /** A decorative icon (rendered aria-hidden). Defaults to an empty tray. */
  icon?: ReactNode;
  /** Buttons or links offered as the next step. */
  action?: ReactNode;
  /** Heading level for the title, to fit the page outline. */
  headingLevel?: 2 | 3 | 4;
  className?: string;
};

function TrayIcon() {
  return (
    <LineIcon className="size-6">
      <path d="M3 13.5h4.5l1.5 3h6l1.5-3H21" />
      <path d="M5.2 6.6 3 13.5V19a1.5 1.5 0 0 0 1.5 1.5h15A1.5 1.5 0 0 0 21 19v-5.5l-2.2-6.9A1.5 1.5 0 0 0 17.4 5.5H6.6a1.5 1.5 0 0 0-1.4 1.1Z" />
    </LineIcon>
  );
}

export function EmptyState({ title, description, icon, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-slate-50 px-6 py-10 text-center",
        className,
      )}
    >
      <div
        aria-hidden="true"
        className="mb-4 flex size-12 items-center justify-center rounded-full bg-brand-100 text-brand-800"
      >
        {icon ?? <TrayIcon />}
      </div>
      <Heading className="text-lg font-bold text-brand-950">{title}</Heading>
      {description && <div className="mt-2 max-w-md text-sm leading-relaxed text-slate-600">{description}</div>}
      {action && <div className="mt-6 flex flex-wrap justify-center gap-3">{action}</div>}
    </div>
  );
}
