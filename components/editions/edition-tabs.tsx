"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const TABS = [
  { path: "", label: "Umum & jadwal" },
  { path: "/kelompok", label: "Kelompok & kategori" },
  { path: "/kuota", label: "Kuota" },
  { path: "/formulir", label: "Formulir" },
  { path: "/juknis", label: "Petunjuk teknis" },
  { path: "/situs-publik", label: "Halaman publik" },
];

/** The setup's sections as links (each is its own page, so a tab can be bookmarked or shared). */
export function EditionTabs({ year }: { year: number }) {
  const pathname = usePathname();
  const base = `/admin/edisi/${year}`;
  return (
    <nav aria-label="Bagian pengaturan edisi" className="mb-6">
      {/* Phones: a two-column grid so every section is visible; wider screens: one row of underlined tabs. */}
      <ul className="grid grid-cols-2 gap-2 sm:flex sm:gap-1 sm:border-b sm:border-slate-200">
        {TABS.map((t) => {
          const href = `${base}${t.path}`;
          const current = pathname === href;
          return (
            <li key={t.path}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex min-h-11 items-center justify-center rounded-lg border px-3 text-center text-sm font-semibold",
                  "sm:-mb-px sm:justify-start sm:rounded-none sm:border-0 sm:border-b-2 sm:whitespace-nowrap",
                  current
                    ? "border-brand-700 bg-brand-50 text-brand-900 sm:bg-transparent"
                    : "border-slate-200 bg-white text-slate-600 hover:text-brand-800 sm:border-transparent sm:bg-transparent sm:hover:border-slate-300",
                )}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
