import type { Metadata } from "next";
import { ForbiddenPage } from "@/components/layout/forbidden-page";
import { PortalFrame } from "@/components/layout/portal-frame";

export const metadata: Metadata = {
  title: "Akses ditolak",
};

/** Rendered (with status 403) when a page or layout calls `forbidden()` from next/navigation. */
export default function Forbidden() {
  return (
    <PortalFrame>
      <ForbiddenPage />
    </PortalFrame>
  );
}
