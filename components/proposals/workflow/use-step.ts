"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFlash } from "@/components/ui/flash";
import type { ActionResult } from "@/lib/actions/action";

export type StepOutcome = { tone: "success" | "error"; text: string } | null;

/**
 * Runs one workflow action and keeps its pending state and refusal. On success the page refreshes into its new
 * state and the server's message shows above it (components/ui/flash.tsx): the button that ran the step may be
 * gone from the new page, so the message cannot live in it.
 */
export function useStep<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const router = useRouter();
  const flash = useFlash();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<StepOutcome>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]> | undefined>();
  async function run(input: I): Promise<boolean> {
    setPending(true);
    setOutcome(null);
    setFieldErrors(undefined);
    try {
      const r = await action(input);
      if (!r.ok) {
        setOutcome({ tone: "error", text: r.error });
        setFieldErrors(r.fieldErrors);
        return false;
      }
      flash.show(r.message ?? "Tersimpan.");
      router.refresh();
      return true;
    } catch {
      setOutcome({ tone: "error", text: "Koneksi terputus. Periksa jaringan Anda lalu coba lagi." });
      return false;
    } finally {
      setPending(false);
    }
  }
  return { run, pending, outcome, fieldErrors, setOutcome };
}
