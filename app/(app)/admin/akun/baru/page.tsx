import type { Metadata } from "next";
import { NewAccountScreen } from "@/components/accounts/account-screens";
import { InviteAccountForm } from "@/components/accounts/invite-account-form";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { unitOption } from "@/lib/units/list";

export const metadata: Metadata = { title: "Buat akun" };

export default async function NewAccountPage({
  searchParams,
}: {
  searchParams: Promise<{ unit?: string | string[] }>;
}) {
  await requirePagePermission("account:manage-any", "/admin/akun/baru");
  const { unit } = await searchParams;
  const preset = await unitOption(typeof unit === "string" ? unit : undefined);
  return (
    <NewAccountScreen
      mode="all"
      title="Buat akun"
      description="Akun dibuat dengan status diundang. Pemiliknya menerima email berisi tautan untuk membuat kata sandi; tautan berlaku 7 hari."
    >
      <InviteAccountForm unit={preset?.active ? preset : null} />
    </NewAccountScreen>
  );
}
