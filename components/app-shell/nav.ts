import type { Actor, Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

export type AppNavItem = { href: string; label: string; permission: Permission };

/** The signed-in area's navigation; an item shows only to those allowed to use it. */
export const APP_NAV: AppNavItem[] = [
  { href: "/dasbor", label: "Dasbor", permission: "account:change-own-password" },
  { href: "/admin/unit", label: "Unit", permission: "unit:manage" },
  { href: "/admin/akun", label: "Akun", permission: "account:manage-any" },
  { href: "/unit/akun", label: "Akun operator", permission: "dashboard:unit-admin" },
  { href: "/admin/audit", label: "Log audit", permission: "audit:read" },
  { href: "/admin/kotak-keluar", label: "Kotak keluar", permission: "outbox:read" },
  { href: "/akun/kata-sandi", label: "Ganti kata sandi", permission: "account:change-own-password" },
];

export function navFor(actor: Actor): AppNavItem[] {
  return APP_NAV.filter((item) => can(actor, item.permission));
}
