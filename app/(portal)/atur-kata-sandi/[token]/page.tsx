import type { Metadata } from "next";
import { AuthShell, BackToSignIn } from "@/components/auth/auth-shell";
import { InvalidLinkNotice } from "@/components/auth/invalid-link-notice";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { describeToken } from "@/lib/accounts/self-service";

export const metadata: Metadata = {
  title: "Atur kata sandi",
  robots: { index: false },
  // The address carries the link's secret: never send it to another site as the referrer.
  referrer: "no-referrer",
};

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = await describeToken(token);

  if (status.state !== "valid") {
    return (
      <AuthShell title="Tautan tidak dapat dipakai">
        <InvalidLinkNotice state={status.state} kind={status.kind} />
      </AuthShell>
    );
  }

  const invitation = status.kind === "INVITATION";
  return (
    <AuthShell
      title={invitation ? "Aktifkan akun Anda" : "Atur ulang kata sandi"}
      description={
        <p>
          {invitation ? "Buat kata sandi untuk akun " : "Buat kata sandi baru untuk akun "}
          <strong className="font-semibold text-brand-950">{status.name}</strong>{" "}
          <span className="break-all">({status.email})</span>.
        </p>
      }
      footer={<BackToSignIn />}
    >
      <SetPasswordForm token={token} email={status.email} kind={status.kind} />
    </AuthShell>
  );
}
