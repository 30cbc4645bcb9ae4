import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CreateProposalForm } from "@/components/proposals/create-proposal-form";
import { Card, CardContent } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { formatDeadlineWIB } from "@/lib/format/date";
import { creatableUnits, getOpenEdition, registrationOpenForNew } from "@/lib/proposals/list";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Buat usulan baru" };

export default async function NewProposalPage() {
  const actor = await requirePagePermission("proposal:draft", "/usulan/baru");
  const [edition, units] = await Promise.all([getOpenEdition(), creatableUnits(actor)]);
  const now = new Date();
  const open = !!edition && registrationOpenForNew(edition, now);
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Buat usulan baru"
        back={{ href: "/usulan", label: "Usulan inovasi" }}
        description={
          edition
            ? `KOVABLIK ${edition.year} · pendaftaran ditutup ${formatDeadlineWIB(edition.registrationClosesAt)}`
            : undefined
        }
      />
      {!edition || !open ? (
        <Alert tone="warning">Pendaftaran sedang tidak dibuka. Usulan baru tidak dapat dibuat.</Alert>
      ) : units.length === 0 ? (
        <Alert tone="warning">Akun Anda belum terdaftar pada unit mana pun. Hubungi admin lokal instansi Anda.</Alert>
      ) : (
        <Card>
          <CardContent>
            <CreateProposalForm units={units} />
          </CardContent>
        </Card>
      )}
    </div>
  );
}
