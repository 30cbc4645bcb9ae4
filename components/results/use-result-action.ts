"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Feedback } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/action";

/** Runs a results action, shows its message, and reloads the page's data when it succeeded. */
export function useResultAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const run = (call: () => Promise<ActionResult<unknown>>, onDone?: () => void) =>
    new Promise<ActionResult<unknown>>((resolve) =>
      startTransition(async () => {
        const r = await call();
        setFieldErrors(r.ok ? {} : (r.fieldErrors ?? {}));
        setFeedback(r.ok ? { tone: "success", text: r.message ?? "Tersimpan." } : { tone: "error", text: r.error });
        if (r.ok) {
          onDone?.();
          router.refresh();
        }
        resolve(r);
      }),
    );
  return { pending, feedback, setFeedback, fieldErrors, run };
}
