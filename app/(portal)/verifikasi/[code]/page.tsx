import type { Metadata } from "next";
import { InfoPage, InfoSection } from "@/components/site/info-page";
import { VerificationResult } from "@/components/verification/verification-result";
import { VerifyForm } from "@/components/verification/verify-form";
import { issuedCertificate } from "@/lib/results/certificates";

export const metadata: Metadata = { title: "Verifikasi sertifikat", robots: { index: false, follow: false } };

// One answer for every code that does not verify (altered, a draft's, an unpublished edition's): it reveals
// nothing about which codes exist.
export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const typed = decodeURIComponent(code).slice(0, 40);
  const certificate = await issuedCertificate(typed);
  return (
    <InfoPage
      eyebrow="Sertifikat KOVABLIK"
      title="Verifikasi sertifikat"
      lead={<p>Hasil pemeriksaan kode yang tercetak di sertifikat.</p>}
    >
      <InfoSection title={certificate ? "Sertifikat terverifikasi" : "Kode tidak dikenali"}>
        {certificate ? (
          <VerificationResult certificate={certificate} />
        ) : (
          <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-red-900">
            <p>
              <strong>Kode &quot;{typed}&quot; tidak cocok dengan sertifikat KOVABLIK mana pun.</strong> Periksa kembali
              penulisannya (12 huruf dan angka, misalnya KV7Q-3MXD-9TRA). Sertifikat yang kodenya tidak dapat
              diverifikasi tidak dapat dianggap asli.
            </p>
          </div>
        )}
      </InfoSection>
      <InfoSection title="Periksa kode lain">
        <VerifyForm />
      </InfoSection>
    </InfoPage>
  );
}
