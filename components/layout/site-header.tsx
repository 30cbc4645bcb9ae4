import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Emblem } from "./emblem";
import { mainNavItems } from "./nav-items";
import { DesktopNav, MobileMenu } from "./site-nav";

export function SiteHeader() {
  return (
    <header data-surface="dark" className="relative z-30 border-b-4 border-gold-400 bg-brand-950 text-white">
      <div className="mx-auto flex min-h-16 max-w-6xl items-center justify-between gap-3 px-4 py-2 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-2.5 rounded-md sm:gap-3">
          <Emblem className="h-10 w-auto shrink-0 sm:h-11" />
          <span className="flex min-w-0 flex-col leading-tight">
            <span className="text-lg font-extrabold tracking-wider text-white sm:text-xl">KOVABLIK</span>
            <span className="hidden truncate text-xs text-brand-200 sm:block">
              Kompetisi Inovasi Pelayanan Publik · Jawa Timur
            </span>
          </span>
        </Link>
        <div className="flex items-center gap-2 lg:gap-6">
          <DesktopNav items={mainNavItems} />
          <ButtonLink href="/masuk" variant="accent" size="md">
            Masuk
          </ButtonLink>
          <MobileMenu items={mainNavItems} />
        </div>
      </div>
    </header>
  );
}
