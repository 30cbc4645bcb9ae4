import type { ReactNode } from "react";
import { PortalFrame } from "@/components/layout/portal-frame";

// Sign-in, password and help pages: the frame reads the session, so they render per request (CSP nonce).
export default function PortalLayout({ children }: { children: ReactNode }) {
  return <PortalFrame>{children}</PortalFrame>;
}
