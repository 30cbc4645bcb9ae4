import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { RequestResetForm } from "@/components/auth/request-reset-form";

export const metadata: Metadata = {
  title: "Lupa kata sandi",
  robots: { index: false },
};

export default function ForgotPasswordPage() {
  return (
    <AuthShell
      title="Lupa kata sandi"
      description={<p>Masukkan email akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.</p>}
      footer={
        <>
          <p>
            Akun Anda belum aktif? Gunakan tautan pada email undangan, atau minta admin lokal instansi Anda mengirim
            undangan baru.
          </p>
          <p>
            <Link href="/masuk" className="font-semibold text-brand-800 underline underline-offset-4">
              Kembali ke halaman masuk
            </Link>
          </p>
        </>
      }
    >
      <RequestResetForm />
    </AuthShell>
  );
}
