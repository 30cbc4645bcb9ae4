"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Input } from "@/components/ui/field";
import { JudgeChecklist } from "./judge-checklist";
import { addPanelAction, removePanelAction, updatePanelAction } from "@/lib/schedules/actions";

type Judge = { id: string; name: string };
type Panel = { id: string; name: string; judges: Judge[] };

/** One panel (room): its name and which of the round's judges sit in it; a judge sits on one panel only. */
function PanelForm({
  roundId,
  panel,
  judges,
  seatedElsewhere,
}: {
  roundId: string;
  panel: Panel | null;
  judges: Judge[];
  /** Judge id → the other panel they sit on. */
  seatedElsewhere: Map<string, string>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [name, setName] = useState(panel?.name ?? "");
  const [chosen, setChosen] = useState<string[]>(panel?.judges.map((j) => j.id) ?? []);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const key = panel?.id ?? "baru";
  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const r = panel
            ? await updatePanelAction({ roundId, panelId: panel.id, name, judgeIds: chosen })
            : await addPanelAction({ roundId, name, judgeIds: chosen });
          const fieldText = r.ok ? null : (r.fieldErrors?.name?.[0] ?? r.fieldErrors?.judgeIds?.[0]);
          setFeedback(
            r.ok ? { tone: "success", text: r.message ?? "Disimpan." } : { tone: "error", text: fieldText ?? r.error },
          );
          if (r.ok) {
            if (!panel) {
              setName("");
              setChosen([]);
            }
            router.refresh();
          }
        });
      }}
    >
      <Field id={`panel-nama-${key}`} label={panel ? "Nama panel / ruang" : "Panel / ruang baru"}>
        {(aria) => (
          <Input
            {...aria}
            value={name}
            placeholder="mis. Ruang Kartini (Panel 1)"
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <JudgeChecklist
        legend="Juri di panel ini"
        judges={judges}
        chosen={chosen}
        setChosen={setChosen}
        disabledNote={(id) => {
          const other = seatedElsewhere.get(id);
          return other ? <span className="text-slate-500"> — di {other}</span> : null;
        }}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Menyimpan…" : panel ? "Simpan panel" : "Tambah panel"}
        </Button>
        {panel && (
          <ConfirmButton
            triggerLabel="Hapus panel"
            triggerSize="sm"
            triggerVariant="ghost"
            title={`Hapus ${panel.name}?`}
            confirmLabel="Hapus panel"
            onConfirm={async () => {
              const r = await removePanelAction({ roundId, panelId: panel.id });
              if (!r.ok) return { ok: false, error: r.error };
              router.refresh();
              return { ok: true };
            }}
          >
            <p>Panel tanpa usulan terjadwal dapat dihapus; juri di dalamnya kembali bebas dipilih untuk panel lain.</p>
          </ConfirmButton>
        )}
      </div>
      <FeedbackAlert feedback={feedback} />
    </form>
  );
}

export function PanelsEditor({ roundId, panels, judges }: { roundId: string; panels: Panel[]; judges: Judge[] }) {
  const seatOf = (panelId: string | null) =>
    new Map(panels.flatMap((p) => (p.id === panelId ? [] : p.judges.map((j) => [j.id, p.name] as const))));
  return (
    <div className="space-y-3">
      {panels.map((p) => (
        <PanelForm key={p.id} roundId={roundId} panel={p} judges={judges} seatedElsewhere={seatOf(p.id)} />
      ))}
      <PanelForm roundId={roundId} panel={null} judges={judges} seatedElsewhere={seatOf(null)} />
    </div>
  );
}
