import type { Metadata } from "next";
import { ForbiddenPage } from "@/components/layout/forbidden-page";
import { PublicFrame } from "@/components/public-site/public-frame";

export const metadata: Metadata = {
  title: "Akses ditolak",
};

// Session-free frame: like not-found.tsx, this boundary is part of every page, the cached ones included.
/** Rendered (with status 403) when a page or layout calls `forbidden()` from next/navigation. */
export default function Forbidden() {
  return (
    <PublicFrame locale="id">
      <ForbiddenPage />
    </PublicFrame>
  );
}
