import type { Metadata } from "next";
import { AuthShell, BackToSignIn } from "@/components/auth/auth-shell";
import { RequestResetForm } from "@/components/auth/request-reset-form";

export const metadata: Metadata = {
  title: "Masuk dengan tautan",
  robots: { index: false },
};

export default function SignInLinkRequestPage() {
  return (
    <AuthShell
      title="Masuk dengan tautan"
      description={
        <p>
          Masukkan email akun Anda. Kami akan mengirim tautan sekali pakai untuk masuk tanpa kata sandi — juga saat
          masuk dengan kata sandi sedang ditahan karena terlalu banyak percobaan yang gagal.
        </p>
      }
      footer={<BackToSignIn />}
    >
      <RequestResetForm purpose="sign-in" />
    </AuthShell>
  );
}
