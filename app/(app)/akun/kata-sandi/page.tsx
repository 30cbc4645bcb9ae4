import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { Card, CardContent } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Ganti kata sandi" };

export default async function ChangePasswordPage() {
  const actor = await requirePagePermission("account:change-own-password", "/akun/kata-sandi");
  return (
    <>
      <PageHeader
        title="Ganti kata sandi"
        description={
          <p>
            Akun <span className="break-all font-semibold text-brand-950">{actor.email}</span>. Setelah kata sandi
            diganti, sesi di perangkat lain berakhir dan perlu masuk kembali dengan kata sandi baru.
          </p>
        }
      />
      <Card className="max-w-2xl">
        <CardContent>
          <ChangePasswordForm email={actor.email} />
        </CardContent>
      </Card>
    </>
  );
}
