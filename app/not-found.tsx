import type { Metadata } from "next";
import { RootNotFound } from "@/components/layout/boundary-pages";

export const metadata: Metadata = {
  title: "Halaman tidak ditemukan",
};

// Next.js renders this boundary into every page below the root layout, the cached public pages included, so
// it must not read the session: the session-free frame. Unknown addresses reach it through the catch-all
// app/[...tidak-ada]/page.tsx, which renders per request (its scripts carry the request's CSP nonce).
export default function NotFound() {
  return <RootNotFound />;
}
