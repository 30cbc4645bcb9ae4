import type { Metadata } from "next";
import { AuthShell, BackToSignIn } from "@/components/auth/auth-shell";
import { SignInLinkButton } from "@/components/auth/sign-in-link-button";

export const metadata: Metadata = {
  title: "Masuk dengan tautan",
  robots: { index: false },
  // The address carries the link's secret: never send it to another site as the referrer.
  referrer: "no-referrer",
};

// Opening the link does not sign in by itself (mail scanners open links too): the button does, once.
export default async function SignInLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <AuthShell
      title="Masuk dengan tautan"
      description={<p>Tekan tombol di bawah untuk masuk. Tautan ini hanya dapat dipakai sekali.</p>}
      footer={<BackToSignIn />}
    >
      <SignInLinkButton token={token} />
    </AuthShell>
  );
}
