"use client";

import { ForbiddenPage } from "@/components/layout/forbidden-page";
import { StatusPage } from "@/components/layout/status-page";
import { PublicFrame } from "@/components/public-site/public-frame";
import { ButtonLink } from "@/components/ui/button";
import { LineIcon } from "@/components/ui/line-icon";

// The root 404 and 403 views (app/not-found.tsx, app/forbidden.tsx). Next.js copies both boundaries into
// every page's data, the cached public pages included; as client components they travel as a reference of a
// few bytes instead of their whole markup (bench:public, decision 022). Session-free, like the public frame.

/** Unknown addresses: reached through the catch-all app/[...tidak-ada]/page.tsx, rendered per request. */
export function RootNotFound() {
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
          <LineIcon className="size-8">
            <circle cx="11" cy="11" r="6.5" />
            <path d="m20 20-4.2-4.2" />
            <path d="M9 9.5h.01M13 9.5h.01M9 13c1.2-.9 2.8-.9 4 0" />
          </LineIcon>
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

/** Rendered (with status 403) when a page or layout calls `forbidden()` from next/navigation. */
export function RootForbidden() {
  return (
    <PublicFrame locale="id">
      <ForbiddenPage />
    </PublicFrame>
  );
}
