import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { InviteOperatorForm } from "@/components/users/invite-account-form";
import { Card, CardContent } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Buat akun operator" };

export default async function NewOperatorPage() {
  await requirePagePermission("dashboard:unit-admin", "/unit/akun/baru");
  return (
    <>
      <PageHeader
        title="Buat akun operator"
        description="Operator menyusun usulan inovasi untuk satu unit di wilayah Anda. Pemiliknya menerima email berisi tautan untuk membuat kata sandi; tautan berlaku 7 hari."
        back={{ href: "/unit/akun", label: "Akun operator" }}
      />
      <Card className="max-w-3xl">
        <CardContent>
          <InviteOperatorForm />
        </CardContent>
      </Card>
    </>
  );
}
