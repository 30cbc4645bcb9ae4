import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { PEMPROV_URL } from "@/lib/site/links";
import { currentActor } from "./current-actor";
import { Emblem } from "./emblem";
import { mainNavItems } from "./nav-items";
import { DesktopNav, MobileMenu } from "./site-nav";

export async function SiteHeader() {
  const actor = await currentActor();
  return (
    <header data-surface="dark" className="relative z-30 border-b-4 border-gold-400 bg-brand-950 text-white">
      {/* Whose portal this is, on every page: the provincial government, with a link to its own website. */}
      <div className="border-b border-white/10 bg-black/20">
        <p className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-1 text-xs text-brand-200 sm:px-6">
          <span className="truncate">Portal resmi Pemerintah Provinsi Jawa Timur</span>
          <a
            href={PEMPROV_URL}
            rel="noopener"
            className="shrink-0 rounded font-semibold text-brand-100 hover:text-white hover:underline"
          >
            jatimprov.go.id
          </a>
        </p>
      </div>
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
          {actor ? (
            <div className="flex items-center gap-2">
              <p className="hidden max-w-48 text-right leading-tight xl:block">
                <span className="block text-xs text-brand-200">Masuk sebagai</span>
                <span className="block truncate text-sm font-semibold text-white" title={actor.name}>
                  {actor.name}
                </span>
              </p>
              <ButtonLink href="/dasbor" variant="accent" size="md">
                Dasbor
              </ButtonLink>
              {/* Narrow screens have it in the menu panel. */}
              <div className="hidden md:block">
                <SignOutButton size="sm" />
              </div>
            </div>
          ) : (
            <ButtonLink href="/masuk" variant="accent" size="md">
              Masuk
            </ButtonLink>
          )}
          <MobileMenu items={mainNavItems}>
            {actor ? (
              <div className="flex flex-wrap items-center justify-between gap-3">
                <p className="min-w-0 leading-tight">
                  <span className="block text-xs text-brand-200">Masuk sebagai</span>
                  <span className="block font-semibold break-words text-white">{actor.name}</span>
                </p>
                <SignOutButton />
              </div>
            ) : null}
          </MobileMenu>
        </div>
      </div>
    </header>
  );
}
