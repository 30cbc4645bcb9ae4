import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InfoPage, InfoSection } from "@/components/site/info-page";
import { VerifyForm } from "@/components/verification/verify-form";

export const metadata: Metadata = {
  title: "Verifikasi sertifikat",
  description: "Periksa keaslian sertifikat KOVABLIK dengan kode verifikasi yang tercetak di sertifikat.",
  alternates: { canonical: "/verifikasi" },
};

export default async function VerifyPage({ searchParams }: { searchParams: Promise<{ kode?: string | string[] }> }) {
  const { kode } = await searchParams;
  const code = (Array.isArray(kode) ? kode[0] : kode)?.trim();
  if (code) redirect(`/verifikasi/${encodeURIComponent(code.slice(0, 40))}`);
  return (
    <InfoPage
      eyebrow="Sertifikat KOVABLIK"
      title="Verifikasi sertifikat"
      lead={<p>Masukkan kode verifikasi yang tercetak di sertifikat, atau pindai kode QR-nya.</p>}
    >
      <InfoSection title="Periksa kode">
        <VerifyForm />
      </InfoSection>
    </InfoPage>
  );
}
