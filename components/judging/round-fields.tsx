"use client";

import type { UseFormReturn } from "react-hook-form";
import { Field, Input, NumberInput, Select } from "@/components/ui/field";
import { WibField } from "@/components/ui/wib-field";
import { ROUND_KIND_LABEL, ROUND_KINDS, type RoundKind } from "@/lib/judging/schemas";

/** What adding a round and the round's settings both ask for. */
type RoundBasics = { name: string; kind: RoundKind; opensAt: string; closesAt: string; sharePercent: number };

// Both forms' values hold these fields; react-hook-form's types cannot say "at least these", hence one cast.
const basics = <T extends RoundBasics>(form: UseFormReturn<T>) => form as unknown as UseFormReturn<RoundBasics>;

/** Name, kind and the WIB opening and closing times. `locked`: the round runs, so only name and closing stay. */
export function RoundBasicFields<T extends RoundBasics>({
  form: typed,
  idPrefix,
  locked,
  namePlaceholder,
}: {
  form: UseFormReturn<T>;
  idPrefix: string;
  locked?: boolean;
  namePlaceholder?: string;
}) {
  const form = basics(typed);
  const { errors } = form.formState;
  return (
    <>
      <Field id={`${idPrefix}-nama`} label="Nama babak" required error={errors.name?.message}>
        {(aria) => <Input {...aria} placeholder={namePlaceholder} {...form.register("name")} />}
      </Field>
      <Field id={`${idPrefix}-jenis`} label="Jenis babak" required error={errors.kind?.message}>
        {(aria) => (
          <Select {...aria} disabled={locked} {...form.register("kind")}>
            {ROUND_KINDS.map((k) => (
              <option key={k} value={k}>
                {ROUND_KIND_LABEL[k]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <WibField
        id={`${idPrefix}-buka`}
        label="Dibuka"
        name="opensAt"
        form={form}
        error={errors.opensAt?.message}
        disabled={locked}
      />
      <WibField id={`${idPrefix}-tutup`} label="Ditutup" name="closesAt" form={form} error={errors.closesAt?.message} />
    </>
  );
}

/** The round's share of the final score, in percent (hundredths allowed). */
export function RoundShareField<T extends RoundBasics>({
  form: typed,
  idPrefix,
  locked,
  hint,
}: {
  form: UseFormReturn<T>;
  idPrefix: string;
  locked?: boolean;
  hint?: string;
}) {
  const form = basics(typed);
  return (
    <Field
      id={`${idPrefix}-bobot`}
      label="Bobot dalam nilai akhir (%)"
      required
      error={form.formState.errors.sharePercent?.message}
      hint={hint}
    >
      {(aria) => (
        <NumberInput
          {...aria}
          inputMode="decimal"
          step="0.01"
          min={0}
          max={100}
          disabled={locked}
          {...form.register("sharePercent", { valueAsNumber: true })}
        />
      )}
    </Field>
  );
}
