import type { ReactNode } from "react";
import Link from "next/link";
import { Emblem } from "@/components/layout/emblem";
import { Card, CardContent } from "@/components/ui/card";

type AuthShellProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Links under the card (back to sign-in, help). */
  footer?: ReactNode;
};

/** The frame of the signed-out account pages: sign-in, forgotten password, setting a password by link. */
export function AuthShell({ title, description, children, footer }: AuthShellProps) {
  return (
    <div className="bg-slate-50 px-4 py-10 sm:px-6 sm:py-16">
      <div className="mx-auto w-full max-w-md">
        <div className="flex flex-col items-center text-center">
          <Emblem className="h-14 w-auto" />
          <h1 className="mt-4 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">{title}</h1>
          {description ? (
            <div className="mt-2 text-base leading-relaxed text-balance text-slate-700">{description}</div>
          ) : null}
        </div>
        <noscript>
          <p className="mt-6 rounded-lg border border-gold-300 bg-gold-50 px-4 py-3 text-sm text-gold-900">
            Halaman ini memerlukan JavaScript. Aktifkan JavaScript pada peramban Anda, lalu muat ulang halaman.
          </p>
        </noscript>
        <Card className="mt-8">
          <CardContent>{children}</CardContent>
        </Card>
        {footer ? (
          <div className="mt-6 space-y-2 text-center text-sm leading-relaxed text-slate-700">{footer}</div>
        ) : null}
      </div>
    </div>
  );
}

/** The usual footer of the account pages reached from the sign-in form. */
export function BackToSignIn() {
  return (
    <p>
      <Link href="/masuk" className="font-semibold text-brand-800 underline underline-offset-4">
        Kembali ke halaman masuk
      </Link>
    </p>
  );
}
