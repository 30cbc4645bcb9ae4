import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { CompactNav, SidebarNav, type AppNavLink } from "@/components/layout/app-nav";
import { navFor } from "@/components/layout/nav";
import { PortalFrame } from "@/components/layout/portal-frame";
import { UserLine, UserSummary } from "@/components/layout/user-summary";
import { FlashProvider } from "@/components/ui/flash";
import { getActor } from "@/lib/auth/session";

// The signed-in area. Every page below still checks its own permission; this only requires a session.
// Signing out lives in the site header, which shows it on every page.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  const links: AppNavLink[] = navFor(actor).map(({ href, label, group, icon }) => ({
    href,
    label,
    group: group ?? "Umum",
    icon,
  }));
  return (
    <PortalFrame>
      <div className="h-full bg-slate-50">
        <div className="mx-auto flex w-full max-w-6xl flex-col gap-5 px-4 py-5 sm:px-6 lg:flex-row lg:gap-8 lg:py-8">
          <aside aria-label="Akun dan menu" className="hidden lg:block lg:w-60 lg:shrink-0">
            <div className="sticky top-6 flex flex-col gap-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <UserSummary actor={actor} />
              <SidebarNav items={links} />
            </div>
          </aside>
          <CompactNav items={links} user={<UserLine actor={actor} />} />
          <div className="min-w-0 flex-1">
            <FlashProvider>{children}</FlashProvider>
          </div>
        </div>
      </div>
    </PortalFrame>
  );
}
