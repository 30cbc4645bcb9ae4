import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { InviteAccountForm } from "@/components/users/invite-account-form";
import { Card, CardContent } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { unitOption } from "@/lib/units/service";

export const metadata: Metadata = { title: "Buat akun" };

export default async function NewAccountPage({ searchParams }: { searchParams: Promise<{ unit?: string | string[] }> }) {
  await requirePagePermission("account:manage-any", "/admin/akun/baru");
  const { unit } = await searchParams;
  const preset = await unitOption(typeof unit === "string" ? unit : undefined);
  return (
    <>
      <PageHeader
        title="Buat akun"
        description="Akun dibuat dengan status diundang. Pemiliknya menerima email berisi tautan untuk membuat kata sandi; tautan berlaku 7 hari."
        back={{ href: "/admin/akun", label: "Daftar akun" }}
      />
      <Card className="max-w-3xl">
        <CardContent>
          <InviteAccountForm unit={preset?.active ? preset : null} />
        </CardContent>
      </Card>
    </>
  );
}
