import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { StatusPage } from "./status-page";
import { LineIcon } from "@/components/ui/line-icon";

type ForbiddenPageProps = {
  title?: string;
  description?: ReactNode;
  /** Offer "Masuk dengan akun lain" (default true). */
  showSignIn?: boolean;
};

/**
 * The 403 view: signed in, but this account's role or unit may not open the page. Used by
 * app/forbidden.tsx (rendered by `forbidden()` from next/navigation) and usable directly.
 */
export function ForbiddenPage({
  title = "Akses ditolak",
  description = (
    <>
      <p>Akun Anda tidak memiliki izin untuk membuka halaman ini.</p>
      <p className="mt-2">
        Jika Anda merasa seharusnya memiliki akses, hubungi admin lokal instansi Anda atau sekretariat KOVABLIK di Biro
        Organisasi Setdaprov Jatim.
      </p>
    </>
  ),
  showSignIn = true,
}: ForbiddenPageProps) {
  return (
    <StatusPage
      code="Galat 403"
      title={title}
      description={description}
      icon={
        <LineIcon className="size-8">
          <rect x="4.5" y="10.5" width="15" height="10" rx="2" />
          <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
          <path d="M12 14.5v2" />
        </LineIcon>
      }
      actions={
        <>
          <ButtonLink href="/" variant="primary">
            Kembali ke beranda
          </ButtonLink>
          {showSignIn && (
            <ButtonLink href="/masuk" variant="secondary">
              Masuk dengan akun lain
            </ButtonLink>
          )}
        </>
      }
    />
  );
}
