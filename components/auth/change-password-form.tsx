"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { changePassword } from "@/lib/accounts/self-service-actions";
import { changePasswordFormSchema } from "@/lib/accounts/self-service-schemas";
import { useHydrated } from "./use-hydrated";
import { applyServerErrors } from "@/components/ui/server-errors";
import { NewPasswordFields } from "./new-password-fields";
import { PasswordInput } from "./password-input";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

type Outcome = { tone: "success" | "error"; text: string; signInAgain?: boolean };

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const schema = useMemo(() => changePasswordFormSchema(email), [email]);
  const form = useForm({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await changePassword(values);
    if (!result.ok) {
      // An error that belongs to a field is shown (and focused) there only.
      if (!applyServerErrors(form.setError, result.fieldErrors, FIELDS).applied)
        setOutcome({ tone: "error", text: result.error });
      return;
    }
    // The change ended every session, this tab's too; signing in again with the new password keeps it open.
    const again = await signIn("credentials", { redirect: false, email, password: values.newPassword });
    form.reset();
    if (!again?.ok || again.error) {
      setOutcome({
        tone: "success",
        text: "Kata sandi berhasil diubah, tetapi sesi ini ikut berakhir. Silakan masuk kembali dengan kata sandi baru.",
        signInAgain: true,
      });
      return;
    }
    setOutcome({ tone: "success", text: result.message ?? "Kata sandi berhasil diubah." });
    router.refresh();
  });

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {outcome ? (
        <Alert tone={outcome.tone}>
          <p>{outcome.text}</p>
          {outcome.signInAgain ? (
            <ButtonLink href="/masuk?callbackUrl=%2Fakun%2Fkata-sandi" size="sm" className="mt-3">
              Masuk kembali
            </ButtonLink>
          ) : null}
        </Alert>
      ) : null}
      <Field id="sandi-sekarang" label="Kata sandi saat ini" required error={errors.currentPassword?.message}>
        {(aria) => <PasswordInput {...aria} {...form.register("currentPassword")} autoComplete="current-password" />}
      </Field>
      <NewPasswordFields form={form} idPrefix="sandi" />
      <div className="flex flex-wrap items-center gap-3 pt-1">
        <Button type="submit" disabled={isSubmitting || !hydrated}>
          {isSubmitting ? "Menyimpan…" : "Simpan kata sandi baru"}
        </Button>
      </div>
    </form>
  );
}
