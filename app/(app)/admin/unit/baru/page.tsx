import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CreateUnitForm } from "@/components/units/create-unit-form";
import { Card, CardContent } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { childKindsOf } from "@/lib/units/schemas";
import { unitOption } from "@/lib/units/list";

export const metadata: Metadata = { title: "Tambah unit" };

export default async function NewUnitPage({ searchParams }: { searchParams: Promise<{ induk?: string | string[] }> }) {
  await requirePagePermission("unit:manage", "/admin/unit/baru");
  const { induk } = await searchParams;
  const found = await unitOption(typeof induk === "string" ? induk : undefined);
  // Only a parent that can actually take a child is preset.
  const parent = found && found.active && childKindsOf(found.kind).length ? found : null;
  return (
    <>
      <PageHeader
        title={parent ? `Tambah sub-unit ${parent.name}` : "Tambah unit"}
        description="Jenis unit menentukan induk yang boleh dipilih. Kabupaten dan kota selalu bernama lengkap dengan awalannya, sehingga Kabupaten Malang dan Kota Malang tidak tertukar."
        back={
          parent
            ? { href: `/admin/unit/${parent.id}`, label: parent.name }
            : { href: "/admin/unit", label: "Daftar unit" }
        }
      />
      <Card className="max-w-2xl">
        <CardContent>
          <CreateUnitForm parent={parent} />
        </CardContent>
      </Card>
    </>
  );
}
