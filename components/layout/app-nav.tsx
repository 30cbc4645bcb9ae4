"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { useDismiss } from "@/components/ui/use-dismiss";
import { MenuToggleButton } from "./menu-icon";
import type { AppNavGroup, AppNavIcon } from "./nav";
import { LineIcon } from "@/components/ui/line-icon";

/** What the client needs of a nav item (the permission stays on the server). */
export type AppNavLink = { href: string; label: string; group: AppNavGroup; icon?: AppNavIcon };

const GROUP_ORDER: AppNavGroup[] = ["Umum", "Administrasi", "Akun saya"];

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

function grouped(items: AppNavLink[]) {
  return GROUP_ORDER.map((group) => ({ group, items: items.filter((i) => i.group === group) })).filter(
    (g) => g.items.length,
  );
}

const ICON_PATHS: Record<AppNavIcon, ReactNode> = {
  home: <path d="M3.5 10.5 12 4l8.5 6.5M5.5 9v10.5h4.75V14.5h3.5v5h4.75V9" />,
  proposal: (
    <>
      <path d="M6 3.5h8.5L18 7v13.5H6z" />
      <path d="M14.5 3.5V7H18" />
      <path d="M12 10.5a2.5 2.5 0 0 0-1.4 4.6v1.4h2.8v-1.4a2.5 2.5 0 0 0-1.4-4.6ZM10.9 18h2.2" />
    </>
  ),
  calendar: (
    <>
      <rect x="4" y="5.5" width="16" height="15" rx="1.5" />
      <path d="M4 10h16M8.5 3.5v4M15.5 3.5v4" />
    </>
  ),
  units: (
    <>
      <rect x="9" y="3.5" width="6" height="5" rx="1" />
      <rect x="3.5" y="15.5" width="6" height="5" rx="1" />
      <rect x="14.5" y="15.5" width="6" height="5" rx="1" />
      <path d="M12 8.5v3.5M6.5 15.5V12h11v3.5" />
    </>
  ),
  users: (
    <>
      <circle cx="9" cy="8" r="3.25" />
      <path d="M3 19.5c.6-3.2 3-5 6-5s5.4 1.8 6 5" />
      <path d="M15.5 5.2a3.25 3.25 0 0 1 0 5.6M17.5 14.8c1.9.6 3.1 2.2 3.5 4.7" />
    </>
  ),
  audit: (
    <>
      <path d="M7 3.5h7.5L19 8v12.5H7z" />
      <path d="M14.5 3.5V8H19M10 12.5h6M10 16h6" />
      <path d="M4.5 7v13.5" />
    </>
  ),
  outbox: (
    <>
      <path d="M3.5 13.5h4.5l1.5 3h5l1.5-3h4.5" />
      <path d="M3.5 13.5 5.5 6.5h13l2 7v6h-17z" />
      <path d="M12 3v7M9.5 5.5 12 3l2.5 2.5" />
    </>
  ),
  // A star on a clipboard: scoring.
  judging: (
    <>
      <rect x="5" y="4.5" width="14" height="16" rx="1.5" />
      <path d="M9 4.5V3h6v1.5" />
      <path d="m12 9 1.2 2.4 2.6.4-1.9 1.8.5 2.6L12 15l-2.4 1.2.5-2.6-1.9-1.8 2.6-.4z" />
    </>
  ),
  key: (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="m11 12 8.5-8.5M16.5 6.5l2.5 2.5M14.5 8.5l2 2" />
    </>
  ),
};

function NavIcon({ name }: { name?: AppNavIcon }) {
  if (!name) return null;
  return (
    <LineIcon aria-hidden="true" className="size-5 shrink-0">
      {ICON_PATHS[name]}
    </LineIcon>
  );
}

function NavList({ items, onNavigate }: { items: AppNavLink[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <div className="flex flex-col gap-5">
      {grouped(items).map(({ group, items: groupItems }) => (
        <div key={group}>
          <p className="px-3 pb-1.5 text-xs font-semibold uppercase tracking-wider text-slate-500">{group}</p>
          <ul className="flex flex-col gap-0.5">
            {groupItems.map((item) => {
              const current = isCurrent(pathname, item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    onClick={onNavigate}
                    aria-current={current ? "page" : undefined}
                    className={cn(
                      "flex min-h-11 items-center gap-3 rounded-lg px-3 text-sm font-semibold transition-colors",
                      current
                        ? "bg-brand-900 text-white shadow-sm"
                        : "text-slate-700 hover:bg-brand-50 hover:text-brand-900",
                    )}
                  >
                    <NavIcon name={item.icon} />
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The sidebar navigation of wide screens. */
export function SidebarNav({ items }: { items: AppNavLink[] }) {
  return (
    <nav aria-label="Menu portal">
      <NavList items={items} />
    </nav>
  );
}

/**
 * The compact menu of phones and tablets: a bar naming the current page, with a disclosure button that opens
 * the same links. Escape, a click outside, choosing a link and tabbing out close it.
 */
export function CompactNav({ items, user }: { items: AppNavLink[]; user: ReactNode }) {
  const { open, toggle, close, containerRef, buttonRef, onBlur } = useDismiss();
  const panelId = useId();
  const pathname = usePathname();
  const current = items.find((i) => isCurrent(pathname, i.href));

  return (
    <div ref={containerRef} onBlur={onBlur} className="relative lg:hidden">
      <div className="flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white px-3 py-2 shadow-sm">
        <div className="min-w-0 text-sm">{user}</div>
        <MenuToggleButton
          open={open}
          onToggle={toggle}
          buttonRef={buttonRef}
          panelId={panelId}
          className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-900 hover:bg-brand-50"
        >
          <span>{current ? current.label : "Menu"}</span>
          <span className="sr-only">— buka menu portal</span>
        </MenuToggleButton>
      </div>
      <div
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-20 mt-2 rounded-xl border border-slate-200 bg-white p-3 shadow-lg"
      >
        <nav aria-label="Menu portal">
          <NavList items={items} onNavigate={close} />
        </nav>
      </div>
    </div>
  );
}
