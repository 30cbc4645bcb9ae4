import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { InviteOperatorForm } from "@/components/users/invite-account-form";
import { Card, CardContent } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Buat akun operator" };

export default async function NewOperatorPage() {
  const actor = await getActor();
  if (!actor) redirect("/masuk?callbackUrl=%2Funit%2Fakun%2Fbaru");
  if (!can(actor, "dashboard:unit-admin")) forbidden();
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
