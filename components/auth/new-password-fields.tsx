"use client";

import type { UseFormReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { PASSWORD_RULES_HINT } from "@/lib/auth/password-policy";
import { PasswordInput } from "./password-input";

type NewPassword = { newPassword: string; confirmPassword: string };

/** The new password and its repetition, as setting and changing a password both ask for them. */
export function NewPasswordFields<T extends NewPassword>({
  form: typed,
  idPrefix,
}: {
  form: UseFormReturn<T>;
  idPrefix: string;
}) {
  // Both forms' values hold these two fields; react-hook-form's types cannot say "at least these".
  const form = typed as unknown as UseFormReturn<NewPassword>;
  const { errors } = form.formState;
  return (
    <>
      <Field
        id={`${idPrefix}-baru`}
        label="Kata sandi baru"
        required
        hint={PASSWORD_RULES_HINT}
        error={errors.newPassword?.message}
      >
        {(aria) => <PasswordInput {...aria} {...form.register("newPassword")} autoComplete="new-password" />}
      </Field>
      <Field id={`${idPrefix}-ulang`} label="Ulangi kata sandi baru" required error={errors.confirmPassword?.message}>
        {(aria) => <PasswordInput {...aria} {...form.register("confirmPassword")} autoComplete="new-password" />}
      </Field>
    </>
  );
}
