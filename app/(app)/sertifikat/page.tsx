import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { buttonStyles } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { unitCertificates } from "@/lib/results/certificates";

export const metadata: Metadata = { title: "Sertifikat" };

export default async function CertificatesPage() {
  const actor = await requirePagePermission("certificate:list-own", "/sertifikat");
  const certificates = await unitCertificates(actor);
  return (
    <>
      <PageHeader
        title="Sertifikat"
        description="Sertifikat penghargaan dan finalis untuk usulan unit Anda, terbit setelah pemenang diumumkan. Setiap sertifikat memuat kode verifikasi dan kode QR yang dapat diperiksa siapa saja di halaman verifikasi."
      />
      {certificates.length === 0 ? (
        <EmptyState
          title="Belum ada sertifikat"
          description="Sertifikat terbit untuk usulan yang masuk Top N atau menerima penghargaan, setelah hasil dikonfirmasi pleno dan pemenang diumumkan."
        />
      ) : (
        <ul className="space-y-3">
          {certificates.map((c) => (
            <li
              key={c.code}
              className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:flex-row sm:items-center sm:justify-between"
            >
              <div>
                <p className="font-bold text-brand-950">
                  {c.award} · KOVABLIK {c.year}
                </p>
                <p className="text-slate-800">{c.title}</p>
                <p className="text-slate-600">
                  {c.institution} · kode <span className="font-mono">{c.code}</span>
                </p>
              </div>
              <a
                href={`/api/sertifikat/${c.code}`}
                download
                aria-label={`Unduh sertifikat ${c.award}: ${c.title} (PDF)`}
                className={buttonStyles({ variant: "primary" })}
              >
                Unduh PDF
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
