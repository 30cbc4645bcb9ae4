import type { Actor, Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

export type AppNavIcon = "home" | "proposal" | "calendar" | "units" | "users" | "audit" | "outbox" | "key" | "judging";
export type AppNavGroup = "Umum" | "Administrasi" | "Akun saya";

export type AppNavItem = {
  href: string;
  label: string;
  permission: Permission;
  /** Sidebar heading the item sits under; defaults to "Umum". */
  group?: AppNavGroup;
  icon?: AppNavIcon;
};

/** The signed-in area's navigation; an item shows only to those allowed to use it. */
export const APP_NAV: AppNavItem[] = [
  { href: "/dasbor", label: "Dasbor", permission: "account:change-own-password", icon: "home" },
  { href: "/usulan", label: "Usulan unit saya", permission: "dashboard:operator", icon: "proposal" },
  { href: "/unit/usulan", label: "Usulan instansi", permission: "proposal:review-queue", icon: "proposal" },
  { href: "/admin/usulan", label: "Usulan & seleksi", permission: "proposal:check", icon: "proposal" },
  { href: "/admin/penjurian", label: "Penjurian", permission: "judging:manage", icon: "judging" },
  { href: "/admin/peringkat", label: "Peringkat akhir", permission: "ranking:manage", icon: "judging" },
  { href: "/juri", label: "Penilaian juri", permission: "judging:declare", icon: "judging" },
  { href: "/admin/edisi", label: "Edisi", permission: "edition:manage", group: "Administrasi", icon: "calendar" },
  { href: "/admin/unit", label: "Unit", permission: "unit:manage", group: "Administrasi", icon: "units" },
  { href: "/admin/akun", label: "Akun", permission: "account:manage-any", group: "Administrasi", icon: "users" },
  {
    href: "/unit/akun",
    label: "Akun operator",
    permission: "account:list-own-operators",
    group: "Administrasi",
    icon: "users",
  },
  { href: "/admin/audit", label: "Log audit", permission: "audit:read", group: "Administrasi", icon: "audit" },
  {
    href: "/admin/kotak-keluar",
    label: "Kotak keluar",
    permission: "notification:read",
    group: "Administrasi",
    icon: "outbox",
  },
  {
    href: "/akun/kata-sandi",
    label: "Ganti kata sandi",
    permission: "account:change-own-password",
    group: "Akun saya",
    icon: "key",
  },
];

export function navFor(actor: Actor): AppNavItem[] {
  return APP_NAV.filter((item) => can(actor, item.permission));
}
