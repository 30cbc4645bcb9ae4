"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { moveUnitAction, renameUnitAction, setUnitActiveAction } from "@/lib/units/actions";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import {
  isRegionKind,
  isRootKind,
  moveUnitSchema,
  PARENT_KINDS,
  renameUnitSchema,
  type MoveUnitInput,
  type RenameUnitInput,
  type UnitKind,
} from "@/lib/units/schemas";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { UnitPicker } from "./unit-picker";
import { applyServerErrors } from "@/components/ui/server-errors";

type Outcome = { tone: "success" | "error"; text: string } | null;

export type ManagedUnit = {
  id: string;
  kind: UnitKind;
  name: string;
  shortName: string | null;
  active: boolean;
  parentName: string | null;
  activeChildren: number;
  activeMemberships: number;
  descendants: number;
};

function Section({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <section className="border-t border-slate-100 px-5 py-5 first:border-t-0 sm:px-6 lg:border-l lg:border-t-0 lg:first:border-l-0">
      <h3 className="text-base font-bold text-brand-950">{title}</h3>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

function RenameForm({ unit }: { unit: ManagedUnit }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const region = isRegionKind(unit.kind);
  const form = useForm<RenameUnitInput>({
    resolver: zodResolver(renameUnitSchema),
    defaultValues: { unitId: unit.id, name: region ? (unit.shortName ?? "") : unit.name },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const r = await renameUnitAction(values);
    if (!r.ok) {
      applyServerErrors(form.setError, r.fieldErrors, ["name"]);
      setOutcome({ tone: "error", text: r.error });
      return;
    }
    setOutcome({ tone: "success", text: r.message ?? "Nama unit diubah." });
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <Field
        id="rename-name"
        label={region ? `Nama ${unit.kind === "KOTA" ? "kota" : "kabupaten"} (tanpa awalan)` : "Nama baru"}
        hint={region ? `Awalan "${UNIT_KIND_LABEL[unit.kind]}" tetap dipakai.` : undefined}
        error={errors.name?.message}
      >
        {(aria) => <Input {...aria} {...form.register("name")} autoComplete="off" />}
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Menyimpan…" : "Simpan nama"}
      </Button>
    </form>
  );
}

function MoveForm({ unit }: { unit: ManagedUnit }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm<MoveUnitInput>({
    resolver: zodResolver(moveUnitSchema),
    defaultValues: { unitId: unit.id, parentId: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const setParent = useCallback((id: string) => form.setValue("parentId", id), [form]);
  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const r = await moveUnitAction(values);
    if (!r.ok) {
      // A clash of names at the new parent belongs to the parent the user picked.
      const { parentId, name } = r.fieldErrors ?? {};
      applyServerErrors(form.setError, { parentId: parentId ?? name ?? [] }, ["parentId"]);
      setOutcome({ tone: "error", text: r.error });
      return;
    }
    setOutcome({ tone: "success", text: r.message ?? "Unit dipindahkan." });
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <Field
        id="move-parent"
        label="Induk baru"
        hint={`Boleh: ${PARENT_KINDS[unit.kind].map((k) => UNIT_KIND_LABEL[k]).join(", ")}. Unit ini sendiri dan sub-unitnya tidak ditawarkan.`}
        error={errors.parentId?.message}
      >
        {(aria) => (
          <UnitPicker
            {...aria}
            query={{ purpose: "parent", childKind: unit.kind, movingUnitId: unit.id }}
            onChange={setParent}
          />
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Memindahkan…" : "Pindahkan"}
      </Button>
    </form>
  );
}

function StatusControl({ unit }: { unit: ManagedUnit }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const warn = unit.activeChildren > 0 || unit.activeMemberships > 0;
  const run = async (active: boolean) => {
    // Confirms only what the dialog showed; if more has appeared since, the server refuses and the refreshed
    // page shows the new warning in the dialog that is still open.
    const r = await setUnitActiveAction({ unitId: unit.id, active, acknowledged: warn });
    if (!r.ok) {
      if (r.code === "CONFLICT") router.refresh();
      return { ok: false as const, error: r.error };
    }
    setMessage(r.message ?? null);
    router.refresh();
    return { ok: true as const };
  };
  return (
    <div className="space-y-3">
      {message && <Alert tone="success">{message}</Alert>}
      {unit.active ? (
        <ConfirmButton
          triggerLabel="Nonaktifkan unit"
          title={`Nonaktifkan ${unit.name}?`}
          confirmLabel="Ya, nonaktifkan"
          pendingLabel="Menonaktifkan…"
          onConfirm={() => run(false)}
        >
          <p>
            Unit nonaktif tidak dapat dipilih untuk akun atau sub-unit baru, dan peran akun di unit ini berhenti
            berlaku.
          </p>
          {warn && (
            <Alert tone="warning">
              <p className="font-semibold">Perhatian:</p>
              <ul className="mt-1 list-disc pl-5">
                {unit.activeChildren > 0 && (
                  <li>{unit.activeChildren} sub-unit langsung masih aktif dan akan tetap aktif.</li>
                )}
                {unit.activeMemberships > 0 && (
                  <li>
                    {unit.activeMemberships} akun masih memegang peran di unit ini; peran itu tidak berlaku selama unit
                    nonaktif.
                  </li>
                )}
              </ul>
            </Alert>
          )}
        </ConfirmButton>
      ) : (
        <ConfirmButton
          triggerLabel="Aktifkan kembali"
          tone="primary"
          title={`Aktifkan kembali ${unit.name}?`}
          confirmLabel="Ya, aktifkan"
          pendingLabel="Mengaktifkan…"
          onConfirm={() => run(true)}
        >
          <p>Unit dapat dipilih lagi, dan peran akun yang masih berlaku di unit ini kembali aktif.</p>
        </ConfirmButton>
      )}
    </div>
  );
}

/** Rename, move and (de)activate: the changes an admin makes to one unit. */
export function UnitManagePanel({ unit }: { unit: ManagedUnit }) {
  return (
    <div className="grid lg:grid-cols-3">
      <Section title="Ubah nama">
        <RenameForm unit={unit} />
      </Section>
      {!isRootKind(unit.kind) && (
        <Section
          title="Pindahkan"
          description={`Sekarang di bawah ${unit.parentName ?? "—"}.${unit.descendants ? ` ${unit.descendants} sub-unit ikut pindah.` : ""}`}
        >
          <MoveForm unit={unit} />
        </Section>
      )}
      <Section title="Status" description={unit.active ? "Unit ini aktif." : "Unit ini nonaktif."}>
        <StatusControl unit={unit} />
      </Section>
    </div>
  );
}
