"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { useDismiss } from "@/components/ui/use-dismiss";
import { MenuToggleButton } from "./menu-icon";
import type { NavItem } from "./nav-items";

function isCurrent(pathname: string, href: string): boolean {
  if (href.includes("#")) return false; // section links never mark a page as current
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The inline navigation of wide screens (md and up). */
export function DesktopNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Navigasi utama" className="hidden md:block">
      <ul className="flex items-center gap-1">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
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

/**
 * The menu of narrow screens: a disclosure button (aria-expanded/aria-controls) followed in tab order
 * by its panel. Escape closes it and returns focus to the button; so do a click outside, choosing a
 * link, and tabbing out of it.
 */
export function MobileMenu({
  items,
  children,
}: {
  items: NavItem[];
  /** Shown under the links (the account). */ children?: ReactNode;
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
        {/* The word hides on the narrowest phones to leave room for the name; it stays the accessible name. */}
        <span className="max-[379px]:sr-only">Menu</span>
      </MenuToggleButton>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b-4 border-gold-400 bg-brand-950 shadow-lg"
      >
        <nav aria-label="Navigasi utama" className="mx-auto max-w-6xl px-4 py-3 sm:px-6">
          <ul className="flex flex-col">
            {items.map((item) => {
              const current = isCurrent(pathname, item.href);
              return (
                <li key={item.href} className="border-b border-white/10 last:border-b-0">
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    onClick={close}
                    className={cn(
                      "flex min-h-12 items-center rounded-md px-2 text-base font-medium",
                      current ? "text-gold-300" : "text-white hover:bg-white/10",
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {children ? (
          <div className="mx-auto max-w-6xl border-t border-white/15 px-4 py-4 sm:px-6">{children}</div>
        ) : null}
      </div>
    </div>
  );
}
