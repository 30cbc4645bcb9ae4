"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";

type ProfileValues = { name: string; email: string; nip: string; phone: string };

/** Name, e-mail, NIP and phone: the same four fields in every account form. */
export function ProfileFields<T extends ProfileValues>({
  register,
  errors,
  idPrefix,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  idPrefix: string;
}) {
  // The generic form type narrows to the four profile fields this component owns.
  const reg = register as unknown as UseFormRegister<ProfileValues>;
  const err = errors as FieldErrors<ProfileValues>;
  return (
    <>
      <Field
        id={`${idPrefix}-name`}
        label="Nama lengkap"
        required
        hint="Dengan gelar bila ada."
        error={err.name?.message}
      >
        {(aria) => <Input {...aria} {...reg("name")} autoComplete="off" />}
      </Field>
      <Field
        id={`${idPrefix}-email`}
        label="Email"
        required
        hint="Tautan undangan dikirim ke alamat ini."
        error={err.email?.message}
      >
        {(aria) => (
          <Input {...aria} {...reg("email")} type="email" inputMode="email" autoComplete="off" spellCheck={false} />
        )}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id={`${idPrefix}-nip`} label="NIP (opsional)" hint="18 angka, untuk ASN." error={err.nip?.message}>
          {(aria) => (
            <Input
              {...aria}
              {...reg("nip")}
              inputMode="numeric"
              maxLength={18}
              autoComplete="off"
              className="tabular-nums"
            />
          )}
        </Field>
        <Field id={`${idPrefix}-phone`} label="Telepon (opsional)" error={err.phone?.message}>
          {(aria) => <Input {...aria} {...reg("phone")} type="tel" inputMode="tel" autoComplete="off" />}
        </Field>
      </div>
    </>
  );
}

export const PROFILE_FIELDS = ["name", "email", "nip", "phone"] as const;
