import type { Actor, Role } from "@/lib/auth/permissions";

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: "Admin Biro Organisasi",
  UNIT_ADMIN: "Admin lokal",
  OPERATOR: "Operator",
  JUDGE: "Juri",
};

const ROLE_ORDER: Role[] = ["ADMIN", "UNIT_ADMIN", "OPERATOR", "JUDGE"];

export type RoleLine = { role: Role; label: string; unit?: string };

/** "Admin lokal · Kabupaten Malang": each role with the unit it is held on, in a fixed order. */
export function roleLines(actor: Actor): RoleLine[] {
  const lines: RoleLine[] = [];
  for (const role of ROLE_ORDER) {
    if (!actor.roles.includes(role)) continue;
    const units = actor.memberships.filter((m) => m.role === role);
    if (units.length === 0) lines.push({ role, label: ROLE_LABEL[role] });
    for (const m of units) lines.push({ role, label: ROLE_LABEL[role], unit: m.unitName });
  }
  return lines;
}
