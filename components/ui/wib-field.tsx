"use client";

import { useWatch, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { formatDateTimeWIB } from "@/lib/format/date";
import { wibInputToDate } from "@/lib/format/wib-input";

/** A date-time typed in WIB, with the value read back in full under it so a typo in the hour or day shows. */
export function WibField<T extends FieldValues>({
  id,
  label,
  name,
  form,
  error,
  disabled,
}: {
  id: string;
  label: string;
  name: Path<T>;
  form: Pick<UseFormReturn<T>, "control" | "register">;
  error?: string;
  disabled?: boolean;
}) {
  const value = useWatch({ control: form.control, name });
  const date = wibInputToDate(typeof value === "string" ? value : "");
  return (
    <Field
      id={id}
      label={`${label} (WIB)`}
      error={error}
      hint={date ? formatDateTimeWIB(date) : "Belum ditetapkan. Waktu diisi dalam WIB."}
    >
      {(aria) => <Input {...aria} type="datetime-local" disabled={disabled} {...form.register(name)} />}
    </Field>
  );
}
