"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { UnitPicker } from "@/components/units/unit-picker";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field, Select } from "@/components/ui/field";
import { addMembershipAction } from "@/lib/accounts/actions";
import { addMembershipSchema, MEMBERSHIP_ROLE_LABEL, type AddMembershipInput } from "@/lib/accounts/schemas";
import { applyServerErrors } from "@/components/ui/server-errors";

type Outcome = { tone: "success" | "error"; text: string } | null;

/** Admin: gives an existing account a role on a unit (e.g. an operator who also serves a second unit). */
export function AddMembershipForm({ userId }: { userId: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [formKey, setFormKey] = useState(0);
  const form = useForm<AddMembershipInput>({
    resolver: zodResolver(addMembershipSchema),
    defaultValues: { userId, role: "OPERATOR", unitId: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: "role" });
  const setUnit = useCallback(
    (id: string) => form.setValue("unitId", id, { shouldValidate: form.formState.isSubmitted }),
    [form],
  );
  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const r = await addMembershipAction(values);
    if (!r.ok) {
      applyServerErrors(form.setError, r.fieldErrors, ["unitId"]);
      setOutcome({ tone: "error", text: r.error });
      return;
    }
    form.reset({ userId, role: values.role, unitId: "" });
    setFormKey((k) => k + 1);
    setOutcome({ tone: "success", text: r.message ?? "Peran ditambahkan." });
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
        <Field id="peran-baru" label="Peran" error={errors.role?.message}>
          {(aria) => (
            <Select {...aria} {...form.register("role", { onChange: () => form.setValue("unitId", "") })}>
              <option value="OPERATOR">{MEMBERSHIP_ROLE_LABEL.OPERATOR}</option>
              <option value="UNIT_ADMIN">{MEMBERSHIP_ROLE_LABEL.UNIT_ADMIN}</option>
            </Select>
          )}
        </Field>
        <Field id="peran-unit" label={role === "UNIT_ADMIN" ? "Instansi" : "Unit"} error={errors.unitId?.message}>
          {(aria) => <UnitPicker key={formKey} {...aria} query={{ purpose: "membership", role }} onChange={setUnit} />}
        </Field>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? "Menambahkan…" : "Tambah peran"}
      </Button>
    </form>
  );
}
