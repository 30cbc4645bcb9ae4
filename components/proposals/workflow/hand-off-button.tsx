"use client";

import { useState, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/action";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { HandOffReadinessNotice, useHandOffReadiness } from "./hand-off-readiness";
import { useStep } from "./use-step";

/**
 * A step that hands the proposal on (to the admin lokal, back to the province): the button, then a dialog that
 * says what happens (`children`), lists what the proposal still lacks, and holds the refusal if there is one.
 */
export function HandOffButton<T>({
  proposalId,
  action,
  label,
  title,
  confirmLabel,
  checkReadiness = true,
  size,
  children,
}: {
  proposalId: string;
  action: (input: { proposalId: string }) => Promise<ActionResult<T>>;
  label: string;
  title: string;
  confirmLabel: string;
  /** Off where nothing leaves the unit's hands by this step (the admin lokal taking a draft into review). */
  checkReadiness?: boolean;
  size?: ButtonProps["size"];
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const step = useStep(action);
  const readiness = useHandOffReadiness(proposalId, open && checkReadiness);
  return (
    <div className="space-y-3">
      {step.outcome && <Alert tone={step.outcome.tone}>{step.outcome.text}</Alert>}
      <Button size={size} onClick={() => setOpen(true)} disabled={step.pending}>
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        onSubmit={async () => {
          if (await step.run({ proposalId })) setOpen(false);
        }}
        footer={
          <ConfirmActions
            onCancel={() => setOpen(false)}
            pending={step.pending}
            confirmLabel={confirmLabel}
            pendingLabel="Mengirim…"
            confirmDisabled={readiness.blocked}
          />
        }
      >
        {children}
        <HandOffReadinessNotice state={readiness.state} />
        {step.outcome?.tone === "error" && <Alert tone="error">{step.outcome.text}</Alert>}
      </ConfirmDialog>
    </div>
  );
}
