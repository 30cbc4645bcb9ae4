import type { Metadata } from "next";
import { NewAccountScreen } from "@/components/accounts/account-screens";
import { InviteOperatorForm } from "@/components/accounts/invite-account-form";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Buat akun operator" };

export default async function NewOperatorPage() {
  await requirePagePermission("account:list-own-operators", "/unit/akun/baru");
  return (
    <NewAccountScreen
      mode="operators"
      title="Buat akun operator"
      description="Operator menyusun usulan inovasi untuk satu unit di wilayah Anda. Pemiliknya menerima email berisi tautan untuk membuat kata sandi; tautan berlaku 7 hari."
    >
      <InviteOperatorForm />
    </NewAccountScreen>
  );
}
