"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { UnitPicker } from "@/components/units/unit-picker";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Alert } from "@/components/ui/alert";
import { Field, Input } from "@/components/ui/field";
import { refusalText } from "@/components/ui/server-errors";
import type { UnitOption } from "@/lib/units/schemas";
import { inviteAccountAction, inviteOperatorAction } from "@/lib/accounts/actions";
import {
  ACCOUNT_ROLE_LABEL,
  ACCOUNT_ROLES,
  inviteAccountSchema,
  inviteOperatorSchema,
  type AccountRole,
  type InviteAccountInput,
  type InviteOperatorInput,
} from "@/lib/accounts/schemas";
import { PROFILE_FIELDS, ProfileFields } from "./profile-fields";

const ROLE_HINT: Record<AccountRole, string> = {
  ADMIN: "Sekretariat Biro Organisasi: mengelola seluruh portal.",
  UNIT_ADMIN:
    "Admin instansi (kabupaten/kota, perangkat daerah provinsi, BUMD): membuat akun operator dan mengirim usulan ke provinsi.",
  OPERATOR: "Menyusun usulan inovasi untuk satu unit.",
  JUDGE: "Menilai usulan yang ditugaskan kepadanya.",
};

/** Admin: an account of any role; the person receives an invitation to set a password. */
export function InviteAccountForm({ unit }: { unit: UnitOption | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<InviteAccountInput>({
    resolver: zodResolver(inviteAccountSchema),
    defaultValues: {
      name: "",
      email: "",
      nip: "",
      phone: "",
      role: "OPERATOR",
      unitId: unit?.id ?? "",
      affiliation: "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const role = useWatch({ control: form.control, name: "role" });
  const unitId = useWatch({ control: form.control, name: "unitId" });
  const needsUnit = role === "UNIT_ADMIN" || role === "OPERATOR";
  const setUnit = useCallback(
    (id: string) => form.setValue("unitId", id, { shouldValidate: form.formState.isSubmitted }),
    [form],
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const r = await inviteAccountAction(values);
    if (!r.ok) {
      setError(refusalText(form.setError, r, [...PROFILE_FIELDS, "role", "unitId", "affiliation"]));
      return;
    }
    router.push(`/admin/akun/${r.data.id}?baru=1`);
  });

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {error && <Alert tone="error">{error}</Alert>}
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">
          Peran
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {ACCOUNT_ROLES.map((r) => (
            <label
              key={r}
              className={cn(
                "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm",
                role === r
                  ? "border-brand-600 bg-brand-50 ring-1 ring-brand-600"
                  : "border-slate-300 bg-white hover:border-brand-300",
              )}
            >
              <input
                type="radio"
                value={r}
                {...form.register("role", { onChange: () => form.setValue("unitId", "") })}
                className="mt-0.5 size-4 accent-brand-700"
              />
              <span>
                <span className="block font-semibold text-slate-900">{ACCOUNT_ROLE_LABEL[r]}</span>
                <span className="block text-slate-600">{ROLE_HINT[r]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.role?.message && <p className="mt-1.5 text-sm font-medium text-red-700">{errors.role.message}</p>}
      </fieldset>

      {needsUnit && (
        <Field
          id="akun-unit"
          label={role === "UNIT_ADMIN" ? "Instansi yang dikelola" : "Unit operator"}
          required
          hint={
            role === "UNIT_ADMIN" ? "Hanya instansi: kabupaten/kota, perangkat daerah provinsi, atau BUMD." : undefined
          }
          error={errors.unitId?.message}
        >
          {(aria) => (
            <UnitPicker
              {...aria}
              query={{ purpose: "membership", role }}
              initial={unit && unitId === unit.id ? unit : null}
              onChange={setUnit}
            />
          )}
        </Field>
      )}
      {role === "JUDGE" && (
        <Field
          id="akun-afiliasi"
          label="Afiliasi (opsional)"
          hint="Misalnya Universitas Airlangga."
          error={errors.affiliation?.message}
        >
          {(aria) => <Input {...aria} {...form.register("affiliation")} autoComplete="off" />}
        </Field>
      )}

      <ProfileFields register={form.register} errors={errors} idPrefix="akun" />

      <div className="flex flex-wrap items-center gap-3 pt-1">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Membuat akun…" : "Buat akun dan kirim undangan"}
        </Button>
        <ButtonLink href="/admin/akun" variant="ghost">
          Batal
        </ButtonLink>
      </div>
    </form>
  );
}

/** Admin lokal: an operator of one of its own units. */
export function InviteOperatorForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<InviteOperatorInput>({
    resolver: zodResolver(inviteOperatorSchema),
    defaultValues: { name: "", email: "", nip: "", phone: "", unitId: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const setUnit = useCallback(
    (id: string) => form.setValue("unitId", id, { shouldValidate: form.formState.isSubmitted }),
    [form],
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const r = await inviteOperatorAction(values);
    if (!r.ok) {
      setError(refusalText(form.setError, r, [...PROFILE_FIELDS, "unitId"]));
      return;
    }
    router.push(`/unit/akun/${r.data.id}?baru=1`);
  });

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {error && <Alert tone="error">{error}</Alert>}
      <Field
        id="operator-unit"
        label="Unit operator"
        required
        hint="Hanya unit di wilayah instansi Anda."
        error={errors.unitId?.message}
      >
        {(aria) => <UnitPicker {...aria} query={{ purpose: "membership", role: "OPERATOR" }} onChange={setUnit} />}
      </Field>
      <ProfileFields register={form.register} errors={errors} idPrefix="operator" />
      <div className="flex flex-wrap items-center gap-3 pt-1">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Membuat akun…" : "Buat akun dan kirim undangan"}
        </Button>
        <ButtonLink href="/unit/akun" variant="ghost">
          Batal
        </ButtonLink>
      </div>
    </form>
  );
}
