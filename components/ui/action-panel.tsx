"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type PanelOutcome = { tone: "success" | "error" | "warning"; text: string };

/**
 * A titled card with one button that runs a server action and says how it went, below it. `run` turns the
 * action's answer into the sentence shown; `refresh` reloads the page's data after it ran.
 */
export function ActionPanel({
  id,
  title,
  description,
  label,
  pendingLabel,
  variant = "primary",
  refresh = false,
  run,
}: {
  id: string;
  title: string;
  description: React.ReactNode;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  refresh?: boolean;
  run: () => Promise<PanelOutcome>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<PanelOutcome | null>(null);
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 id={id} className="text-sm font-bold text-brand-950">
            {title}
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">{description}</p>
        </div>
        <Button
          variant={variant}
          className="shrink-0"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              setOutcome(await run());
              if (refresh) router.refresh();
            })
          }
        >
          {pending ? pendingLabel : label}
        </Button>
      </div>
      {outcome && (
        <Alert tone={outcome.tone} className="mt-3">
          {outcome.text}
        </Alert>
      )}
    </section>
  );
}
