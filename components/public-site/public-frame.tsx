"use client";

// A client component although nothing in it is interactive: every cached public page, and the 404 and 403
// views that Next.js copies into every page's data, then carry a reference to this frame instead of its whole
// markup (about 9 KB each time; bench:public, decision 022). The HTML is rendered on the server all the same.
import Link from "next/link";
import type { ReactNode } from "react";
import { Emblem } from "@/components/layout/emblem";
import { buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { dictionary } from "@/lib/public-site/i18n";
import { publicHref, type PublicLocale } from "@/lib/public-site/routes";
import { PEMPROV_URL } from "@/lib/site/links";
import { DocumentLang } from "./document-lang";
import { LanguageSwitch, PublicDesktopNav, PublicMobileMenu, type PublicNavItem } from "./public-nav";

export function publicNavItems(locale: PublicLocale): PublicNavItem[] {
  const t = dictionary(locale).nav;
  return [
    { href: publicHref(locale, "/"), label: t.home },
    { href: publicHref(locale, "/pengumuman"), label: t.announcements },
    { href: publicHref(locale, "/inovasi"), label: t.innovations },
    { href: publicHref(locale, "/edisi"), label: t.editions },
  ];
}

const footerLink = "inline-flex min-h-9 items-center rounded hover:text-white hover:underline";

/**
 * The frame of the cached public pages: the same look as the portal's, but nothing in it depends on who asks
 * (no session: "Masuk portal" always; the portal itself sends signed-in visitors on to their dashboard).
 */
export function PublicFrame({ locale, children }: { locale: PublicLocale; children: ReactNode }) {
  const t = dictionary(locale);
  const items = publicNavItems(locale);
  return (
    <div lang={t.htmlLang} className="flex min-h-dvh flex-col">
      <DocumentLang lang={t.htmlLang} />
      <header data-surface="dark" className="relative z-30 border-b-4 border-gold-400 bg-brand-950 text-white">
        <div className="border-b border-white/10 bg-black/20">
          <p className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-1 text-xs text-brand-200 sm:px-6">
            <span className="truncate">{t.officialPortal}</span>
            <a
              href={PEMPROV_URL}
              rel="noopener"
              className="shrink-0 rounded font-semibold text-brand-100 hover:text-white"
            >
              jatimprov.go.id
            </a>
          </p>
        </div>
        <div className="mx-auto flex min-h-16 max-w-6xl items-center justify-between gap-2 px-4 py-2 sm:px-6">
          <Link href={publicHref(locale, "/")} className="flex min-w-0 items-center gap-2.5 rounded-md sm:gap-3">
            <Emblem className="h-10 w-auto shrink-0 sm:h-11" />
            <span className="flex min-w-0 flex-col leading-tight">
              <span className="text-lg font-extrabold tracking-wider text-white sm:text-xl">KOVABLIK</span>
              <span className="hidden truncate text-xs text-brand-200 sm:block">{t.siteTagline}</span>
            </span>
          </Link>
          <div className="flex items-center gap-1.5 lg:gap-4">
            <PublicDesktopNav locale={locale} items={items} label={t.navLabel} />
            <LanguageSwitch
              locale={locale}
              label={locale === "id" ? "EN" : "ID"}
              hint={t.otherLanguage.hint}
              hrefLang={t.otherLanguage.href}
            />
            <Link href="/masuk" className={cn(buttonStyles({ variant: "accent", size: "md" }), "max-sm:px-3")}>
              <span className="sm:hidden">{t.signInShort}</span>
              <span className="hidden sm:inline">{t.signIn}</span>
            </Link>
            <PublicMobileMenu locale={locale} items={items} label={t.navLabel} menu={t.menu} />
          </div>
        </div>
      </header>
      <main id="konten" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <footer data-surface="dark" className="border-t-4 border-gold-400 bg-brand-950 text-brand-100">
        <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[1.4fr_1fr]">
          <div className="flex gap-4">
            <Emblem className="h-14 w-auto shrink-0" />
            <div>
              <p className="text-lg font-extrabold tracking-wider text-white">KOVABLIK</p>
              <p className="mt-1 text-sm leading-relaxed">{t.siteName}</p>
              <p className="mt-3 text-sm leading-relaxed">{t.footerOrganiser}</p>
              <p className="mt-3 text-sm">
                <a
                  href={PEMPROV_URL}
                  rel="noopener"
                  className="font-semibold text-white underline underline-offset-2 hover:text-gold-300"
                >
                  {t.pemprovLink}
                </a>
              </p>
            </div>
          </div>
          <nav aria-label={locale === "id" ? "Tautan kaki halaman" : "Footer links"}>
            <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={footerLink}>
                    {item.label}
                  </Link>
                </li>
              ))}
              {/* Per-request portal pages (not cached, so not under the public group): Indonesian only. */}
              <li>
                <Link href="/statistik" className={footerLink}>
                  {locale === "id" ? "Statistik" : "Statistics"}
                </Link>
              </li>
              <li>
                <Link href="/data" className={footerLink}>
                  {locale === "id" ? "Data terbuka" : "Open data"}
                </Link>
              </li>
              <li>
                <Link href="/verifikasi" className={footerLink}>
                  {locale === "id" ? "Verifikasi sertifikat" : "Verify a certificate"}
                </Link>
              </li>
              <li>
                <Link href="/tanya-jawab" className={footerLink}>
                  {t.help}
                </Link>
              </li>
              <li>
                <Link href="/privasi" className={footerLink}>
                  {t.privacy}
                </Link>
              </li>
            </ul>
          </nav>
        </div>
        <div className="border-t border-white/10">
          <p className="mx-auto max-w-6xl px-4 py-5 text-xs leading-relaxed text-brand-200 sm:px-6">{t.footerKipp}</p>
        </div>
      </footer>
    </div>
  );
}
