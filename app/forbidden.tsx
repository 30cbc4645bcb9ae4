import type { Metadata } from "next";
import { RootForbidden } from "@/components/layout/boundary-pages";

export const metadata: Metadata = {
  title: "Akses ditolak",
};

// Session-free frame: like not-found.tsx, this boundary is part of every page, the cached ones included.
/** Rendered (with status 403) when a page or layout calls `forbidden()` from next/navigation. */
export default function Forbidden() {
  return <RootForbidden />;
}
