import type { Metadata } from "next";
import { StatusPage } from "@/components/layout/status-page";
import { PublicFrame } from "@/components/public-site/public-frame";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = {
  title: "Halaman tidak ditemukan",
};

// Next.js renders this boundary into every page below the root layout, the cached public pages included, so
// it must not read the session: the session-free frame. Unknown addresses reach it through the catch-all
// app/[...tidak-ada]/page.tsx, which renders per request (its scripts carry the request's CSP nonce).
export default function NotFound() {
  return (
    <PublicFrame locale="id">
      <StatusPage
        code="Galat 404"
        title="Halaman tidak ditemukan"
        description={
          <p>
            Alamat yang Anda buka tidak tersedia, mungkin karena sudah dipindahkan atau salah ketik. Periksa kembali
            alamatnya, atau mulai dari beranda.
          </p>
        }
        icon={
          <svg
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth={1.75}
            strokeLinecap="round"
            strokeLinejoin="round"
            className="size-8"
          >
            <circle cx="11" cy="11" r="6.5" />
            <path d="m20 20-4.2-4.2" />
            <path d="M9 9.5h.01M13 9.5h.01M9 13c1.2-.9 2.8-.9 4 0" />
          </svg>
        }
        actions={
          <>
            <ButtonLink href="/" variant="primary">
              Kembali ke beranda
            </ButtonLink>
            <ButtonLink href="/masuk" variant="secondary">
              Masuk ke portal
            </ButtonLink>
          </>
        }
      />
    </PublicFrame>
  );
}
