"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Autosave } from "./use-autosave";

/**
 * After a reload: what this device had kept unsaved has been restored and saved again (`what` names it). Hidden
 * while a conflict asks for a choice, and once closed.
 */
export function RestoredNotice({
  autosave,
  what,
  className,
}: {
  autosave: Pick<Autosave<unknown>, "restored" | "state" | "dismissRestored">;
  what: string;
  className: string;
}) {
  if (!autosave.restored || autosave.state === "conflict") return null;
  return (
    <Alert tone="info" className={cn(className, "flex flex-wrap items-center justify-between gap-2")}>
      <span>{what} yang belum sempat tersimpan dipulihkan dari perangkat ini dan disimpan kembali.</span>
      <Button size="sm" variant="ghost" onClick={autosave.dismissRestored}>
        Tutup
      </Button>
    </Alert>
  );
}
