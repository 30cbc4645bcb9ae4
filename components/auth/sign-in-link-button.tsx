"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { signInErrorText } from "./sign-in-messages";
import { useHydrated } from "./use-hydrated";

export function SignInLinkButton({ token }: { token: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [navigating, startNavigation] = useTransition();
  const pending = busy || navigating;
  return (
    <div className="space-y-4">
      {error ? (
        <Alert tone="error">
          {error}{" "}
          <Link href="/masuk/tautan" className="font-semibold underline underline-offset-4">
            Minta tautan baru
          </Link>
        </Alert>
      ) : null}
      <Button
        fullWidth
        size="lg"
        disabled={pending || !hydrated}
        onClick={async () => {
          setError(null);
          setBusy(true);
          const result = await signIn("tautan", { redirect: false, token });
          setBusy(false);
          if (!result?.ok || result.error) {
            setError(signInErrorText(result?.error ?? "Unknown"));
            return;
          }
          startNavigation(() => {
            router.replace("/dasbor");
            router.refresh();
          });
        }}
      >
        {pending ? "Memproses…" : "Masuk"}
      </Button>
    </div>
  );
}
