export type NavItem = { href: string; label: string };

/**
 * The public navigation. A placeholder until the public pages exist: for now it points at the
 * sections of the home page. Add routes here (e.g. finalists and winners) as they are built.
 * "Masuk" is not listed: the header always shows it as a button.
 */
export const mainNavItems: NavItem[] = [
  { href: "/", label: "Beranda" },
  { href: "/#tentang", label: "Tentang" },
  { href: "/#jadwal", label: "Jadwal" },
  { href: "/#alur", label: "Alur Kompetisi" },
];

/** The public help pages, in the footer and on the home page. */
export const helpNavItems: NavItem[] = [
  { href: "/tanya-jawab", label: "Tanya jawab" },
  { href: "/tanya-jawab#juknis", label: "Petunjuk teknis (juknis)" },
  { href: "/tanya-jawab#bantuan", label: "Helpdesk" },
  { href: "/privasi", label: "Kebijakan privasi" },
];
