import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInErrorText } from "@/components/auth/sign-in-messages";
import { safeCallbackUrl } from "@/lib/accounts/self-service-schemas";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: "Masuk",
  robots: { index: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  if (await getActor()) redirect("/dasbor");
  return (
    <AuthShell
      title="Masuk ke Portal KOVABLIK"
      description={<p>Untuk sekretariat, admin lokal, operator unit pelayanan, dan juri.</p>}
      footer={
        <p>
          Belum punya akun? Akun operator dibuat oleh admin lokal instansi Anda; akun admin lokal dan juri dibuat oleh
          sekretariat KOVABLIK di Biro Organisasi Setdaprov Jatim.
        </p>
      }
    >
      <SignInForm
        callbackUrl={safeCallbackUrl(first(params.callbackUrl))}
        initialError={signInErrorText(first(params.error))}
      />
    </AuthShell>
  );
}
