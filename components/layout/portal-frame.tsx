import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/**
 * The portal's page frame: the header and footer that know who is signed in. Reading the session makes every
 * page inside it render per request (with its CSP nonce). The cached public pages use PublicFrame instead.
 */
export function PortalFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="konten" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
