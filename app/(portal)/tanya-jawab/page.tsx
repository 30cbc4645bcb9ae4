import type { Metadata } from "next";
import { connection } from "next/server";
import { Faq } from "@/components/site/faq";
import { InfoPage } from "@/components/site/info-page";
import { getPublicGuidebook } from "@/lib/guidebooks/guidebooks";
import { getHelpdesk } from "@/lib/site/helpdesk";
import { getFaqEdition } from "@/lib/site/queries";

export const metadata: Metadata = {
  title: "Tanya jawab",
  description:
    "Pertanyaan yang sering diajukan tentang KOVABLIK: siapa yang boleh ikut, kuota, batas waktu (WIB), alur pengiriman dua tingkat, lampiran, penilaian, masa sanggah, KIPP, petunjuk teknis, dan helpdesk.",
  alternates: { canonical: "/tanya-jawab" },
};

export default async function FaqPage() {
  await connection(); // the answers quote the current edition and the configured helpdesk
  const [edition, guidebook] = await Promise.all([getFaqEdition(), getPublicGuidebook()]);
  return (
    <InfoPage
      eyebrow="Bantuan"
      title="Tanya jawab KOVABLIK"
      lead={
        <p>Jawaban atas pertanyaan yang paling sering diajukan peserta, beserta petunjuk teknis dan kontak helpdesk.</p>
      }
    >
      <Faq edition={edition} guidebook={guidebook} helpdesk={getHelpdesk()} />
    </InfoPage>
  );
}
