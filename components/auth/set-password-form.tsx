"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { setPassword } from "@/lib/accounts/self-service-actions";
import { setPasswordFormSchema } from "@/lib/accounts/self-service-schemas";
import { useHydrated } from "./use-hydrated";
import { applyServerErrors } from "@/components/ui/server-errors";
import { NewPasswordFields } from "./new-password-fields";

type SetPasswordFormProps = {
  token: string;
  email: string;
  kind: "INVITATION" | "PASSWORD_RESET";
};

export function SetPasswordForm({ token, email, kind }: SetPasswordFormProps) {
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<{ text: string; linkDead: boolean } | null>(null);
  const schema = useMemo(() => setPasswordFormSchema(email), [email]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await setPassword(values);
    if (!result.ok) {
      const onField = applyServerErrors(form.setError, result.fieldErrors, ["newPassword", "confirmPassword"]).applied;
      // An INVALID answer with nothing to point at means the link itself stopped working meanwhile.
      if (!onField) setError({ text: result.error, linkDead: result.code === "INVALID" });
      return;
    }
    form.reset({ token, newPassword: "", confirmPassword: "" });
    setDone(result.message ?? "Kata sandi tersimpan.");
  });

  if (done) {
    return (
      <div className="space-y-5">
        <Alert tone="success">{done}</Alert>
        <ButtonLink href="/masuk" fullWidth size="lg">
          Masuk ke portal
        </ButtonLink>
      </div>
    );
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {error ? (
        <Alert tone="error">
          <p>{error.text}</p>
          {error.linkDead && kind === "PASSWORD_RESET" ? (
            <ButtonLink href="/lupa-kata-sandi" size="sm" variant="secondary" className="mt-3">
              Minta tautan baru
            </ButtonLink>
          ) : null}
        </Alert>
      ) : null}
      <NewPasswordFields form={form} idPrefix="atur-sandi" />
      <Button type="submit" fullWidth size="lg" disabled={isSubmitting || !hydrated}>
        {isSubmitting ? "Menyimpan…" : kind === "INVITATION" ? "Simpan dan aktifkan akun" : "Simpan kata sandi"}
      </Button>
    </form>
  );
}
