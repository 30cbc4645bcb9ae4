"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { MenuToggleButton } from "@/components/layout/menu-icon";
import { cn } from "@/components/ui/cn";
import { useDismiss } from "@/components/ui/use-dismiss";
import { PUBLIC_INTERNAL_PREFIX, publicHref, type PublicLocale } from "@/lib/public-site/routes";

export type PublicNavItem = { href: string; label: string };

/** The visitor's address without the language: "/en/inovasi" and "/publik/id/inovasi" (server render) → "/inovasi". */
function plainPath(pathname: string): string {
  let p = pathname;
  if (p.startsWith(`${PUBLIC_INTERNAL_PREFIX}/`)) p = p.slice(PUBLIC_INTERNAL_PREFIX.length + 3) || "/";
  else if (p === "/en" || p.startsWith("/en/")) p = p.slice(3) || "/";
  return p;
}

function isCurrent(locale: PublicLocale, pathname: string, href: string): boolean {
  const here = publicHref(locale, plainPath(pathname));
  const home = publicHref(locale, "/");
  return href === home ? here === home : here === href || here.startsWith(`${href}/`);
}

export function PublicDesktopNav({
  locale,
  items,
  label,
}: {
  locale: PublicLocale;
  items: PublicNavItem[];
  label: string;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="hidden md:block">
      <ul className="flex items-center gap-1">
        {items.map((item) => {
          const current = isCurrent(locale, pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium transition-colors",
                  current
                    ? "bg-white/10 text-white underline decoration-gold-400 decoration-2 underline-offset-8"
                    : "text-brand-100 hover:bg-white/10 hover:text-white",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function PublicMobileMenu({
  locale,
  items,
  label,
  menu,
}: {
  locale: PublicLocale;
  items: PublicNavItem[];
  label: string;
  menu: string;
}) {
  const { open, toggle, close, containerRef, buttonRef, onBlur } = useDismiss();
  const pathname = usePathname();
  const panelId = useId();
  return (
    <div ref={containerRef} onBlur={onBlur} className="md:hidden">
      <MenuToggleButton
        open={open}
        onToggle={toggle}
        buttonRef={buttonRef}
        panelId={panelId}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-white/30 px-3 text-sm font-semibold text-white hover:bg-white/10"
      >
        <span className="max-[379px]:sr-only">{menu}</span>
      </MenuToggleButton>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b-4 border-gold-400 bg-brand-950 shadow-lg"
      >
        <nav aria-label={label} className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
          <ul className="flex flex-col">
            {items.map((item) => (
              <li key={item.href} className="border-b border-white/10 last:border-b-0">
                <Link
                  href={item.href}
                  aria-current={isCurrent(locale, pathname, item.href) ? "page" : undefined}
                  onClick={close}
                  className="flex min-h-12 items-center rounded-md px-2 text-base font-medium text-white hover:bg-white/10 aria-[current=page]:text-gold-300"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </div>
  );
}

/** The same page in the other language. A plain link: the other language is another document (its lang). */
export function LanguageSwitch({
  locale,
  label,
  hint,
  hrefLang,
}: {
  locale: PublicLocale;
  label: string;
  hint: string;
  hrefLang: string;
}) {
  const pathname = usePathname();
  const other: PublicLocale = locale === "id" ? "en" : "id";
  return (
    <a
      href={publicHref(other, plainPath(pathname))}
      hrefLang={hrefLang}
      lang={hrefLang}
      title={hint}
      className="inline-flex min-h-10 items-center rounded-md border border-white/30 px-2.5 text-xs font-semibold text-white hover:bg-white/10"
    >
      {label}
    </a>
  );
}
