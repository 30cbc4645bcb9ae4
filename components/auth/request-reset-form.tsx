"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { requestPasswordReset, requestSignInLink } from "@/lib/accounts/self-service-actions";
import { requestPasswordResetSchema } from "@/lib/accounts/self-service-schemas";
import { useHydrated } from "./use-hydrated";
import { applyServerErrors } from "@/components/ui/server-errors";
import { EmailInput } from "./email-input";

/** Asks for a mailed link by e-mail address: a password reset link, or (`purpose="sign-in"`) a sign-in link. */
export function RequestResetForm({ purpose = "reset" }: { purpose?: "reset" | "sign-in" }) {
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(requestPasswordResetSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await (purpose === "sign-in" ? requestSignInLink : requestPasswordReset)(values);
    if (!result.ok) {
      if (!applyServerErrors(form.setError, result.fieldErrors, ["email"]).applied) setError(result.error);
      return;
    }
    setSent(result.message ?? null);
  });

  if (sent) {
    return (
      <div className="space-y-4">
        <Alert tone="success">{sent}</Alert>
        <p className="text-sm leading-relaxed text-slate-700">
          Tidak menerima email dalam beberapa menit? Pastikan alamatnya sama dengan yang terdaftar, lalu{" "}
          <button
            type="button"
            onClick={() => {
              setSent(null);
              form.reset();
            }}
            className="font-semibold text-brand-800 underline underline-offset-4"
          >
            kirim ulang
          </button>
          .
        </p>
      </div>
    );
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field id="lupa-email" label="Email akun" error={errors.email?.message}>
        {(aria) => <EmailInput {...aria} {...form.register("email")} />}
      </Field>
      <Button type="submit" fullWidth size="lg" disabled={isSubmitting || !hydrated}>
        {isSubmitting ? "Mengirim…" : purpose === "sign-in" ? "Kirim tautan masuk" : "Kirim tautan"}
      </Button>
    </form>
  );
}
