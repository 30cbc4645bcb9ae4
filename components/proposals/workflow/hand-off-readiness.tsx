"use client";

import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { checkHandOffAction } from "@/lib/proposals/workflow-actions";
import type { HandOffReadiness } from "@/lib/proposals/readiness";

type State =
  | { status: "idle" }
  | { status: "checking" }
  | { status: "done"; readiness: HandOffReadiness }
  | { status: "failed"; text: string };

/**
 * Reads what the proposal still lacks each time a send/submit dialog opens (the editor may have saved a
 * section a second ago). `blocked` holds the confirming button; the server applies the same rule regardless.
 */
export function useHandOffReadiness(proposalId: string, open: boolean) {
  const [state, setState] = useState<State>({ status: "idle" });
  const [checkedFor, setCheckedFor] = useState<boolean>(false);
  if (open !== checkedFor) {
    setCheckedFor(open);
    setState(open ? { status: "checking" } : { status: "idle" });
  }
  useEffect(() => {
    if (!open) return;
    let live = true;
    checkHandOffAction({ proposalId })
      .then((r) => {
        if (!live) return;
        setState(r.ok ? { status: "done", readiness: r.data } : { status: "failed", text: r.error });
      })
      .catch(
        () =>
          live &&
          setState({ status: "failed", text: "Kelengkapan usulan tidak dapat diperiksa. Periksa koneksi Anda." }),
      );
    return () => {
      live = false;
    };
  }, [open, proposalId]);
  const blocked = state.status === "checking" || (state.status === "done" && state.readiness.gaps.length > 0);
  return { state, blocked };
}

/** The dialog's checklist: what blocks the hand-off, and what the administrative check will likely flag. */
export function HandOffReadinessNotice({ state }: { state: State }) {
  if (state.status === "idle") return null;
  if (state.status === "checking") {
    return (
      <p role="status" className="text-sm text-slate-600">
        Memeriksa kelengkapan usulan…
      </p>
    );
  }
  if (state.status === "failed") return <Alert tone="warning">{state.text}</Alert>;
  const { gaps, warnings } = state.readiness;
  return (
    <>
      {gaps.length > 0 ? (
        <Alert tone="error">
          <p className="font-semibold">Usulan belum lengkap, belum dapat dikirim. Lengkapi dulu:</p>
          <ul className="mt-1 list-disc pl-5">
            {gaps.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <p className="text-sm font-medium text-emerald-800">✓ Semua isian dan lampiran wajib sudah lengkap.</p>
      )}
      {warnings.length > 0 && (
        <Alert tone="warning">
          <ul className="list-disc pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}
