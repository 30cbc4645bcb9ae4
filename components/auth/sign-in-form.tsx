"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { signInSchema } from "@/lib/accounts/self-service-schemas";
import { PasswordInput } from "./password-input";
import { signInErrorText } from "./sign-in-messages";
import { useHydrated } from "./use-hydrated";
import { EmailInput } from "./email-input";

type SignInFormProps = {
  /** Already checked to be a path on this site. */
  callbackUrl: string;
  /** An error handed over in the address (a no-script submission or next-auth's own redirect). */
  initialError?: string | null;
};

export function SignInForm({ callbackUrl, initialError = null }: SignInFormProps) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [navigating, startNavigation] = useTransition();
  const form = useForm({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const hydrated = useHydrated();
  const pending = isSubmitting || navigating;

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setError(null);
    const result = await signIn("credentials", { redirect: false, email, password });
    if (!result?.ok || result.error) {
      setError(signInErrorText(result?.error ?? "Unknown"));
      form.resetField("password");
      form.setFocus("password");
      return;
    }
    // Keep the button busy until the next page has rendered with the new session.
    startNavigation(() => {
      router.replace(callbackUrl);
      router.refresh();
    });
  });

  return (
    // method="post": should the script not load, the browser must never put the password in the address.
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {error ? (
        <Alert tone="error" id="masuk-galat">
          {error}
        </Alert>
      ) : null}
      <Field id="masuk-email" label="Email" error={errors.email?.message}>
        {(aria) => <EmailInput {...aria} {...form.register("email")} />}
      </Field>
      <Field id="masuk-sandi" label="Kata sandi" error={errors.password?.message}>
        {(aria) => <PasswordInput {...aria} {...form.register("password")} autoComplete="current-password" />}
      </Field>
      <div className="flex flex-wrap justify-between gap-2">
        <Link href="/masuk/tautan" className="text-sm font-semibold text-brand-800 underline-offset-4 hover:underline">
          Masuk dengan tautan email
        </Link>
        <Link
          href="/lupa-kata-sandi"
          className="text-sm font-semibold text-brand-800 underline-offset-4 hover:underline"
        >
          Lupa kata sandi?
        </Link>
      </div>
      <Button type="submit" fullWidth size="lg" disabled={pending || !hydrated}>
        {pending ? "Memproses…" : "Masuk"}
      </Button>
    </form>
  );
}
