// The one place that decides who may do what. Deny by default: an action not listed here is refused.
// Server actions and route handlers call `authorize` with the resource's real owner, loaded on the server;
// the client copy of these rules (`can`) only hides buttons.
import { DomainError } from "@/lib/errors";

export type Role = "ADMIN" | "UNIT_ADMIN" | "OPERATOR" | "JUDGE";

export type Actor = {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  roles: Role[];
  memberships: { role: "UNIT_ADMIN" | "OPERATOR"; unitId: string; unitName: string; unitPath: string }[];
};

/** Where a resource sits in the unit tree: its owning unit's materialised path. */
export type UnitScope = { unitPath: string };

/** A role the actor may hold on one unit: admin everywhere, the others through a membership above it. */
export type UnitRole = "ADMIN" | "UNIT_ADMIN" | "OPERATOR";

/**
 * The roles the actor holds on the unit with this path: ADMIN for an admin, and UNIT_ADMIN/OPERATOR for each
 * membership on the unit or one of its ancestors. The one answer to "who am I on this proposal/unit?".
 */
export function rolesOnUnit(actor: Actor, unitPath: string): UnitRole[] {
  const roles = new Set<UnitRole>();
  if (actor.isAdmin) roles.add("ADMIN");
  for (const m of actor.memberships) if (unitPath.startsWith(m.unitPath)) roles.add(m.role);
  return [...roles];
}

type Rule = (actor: Actor, scope?: UnitScope) => boolean;

const isAdmin: Rule = (a) => a.isAdmin;
const hasRole =
  (role: Role): Rule =>
  (a) =>
    a.roles.includes(role);
/** The actor holds `role` on the scope's unit or one of its ancestors. */
const inSubtree =
  (role: "UNIT_ADMIN" | "OPERATOR"): Rule =>
  (a, scope) =>
    !!scope && rolesOnUnit(a, scope.unitPath).includes(role);
const any =
  (...rules: Rule[]): Rule =>
  (a, s) =>
    rules.some((r) => r(a, s));

export const PERMISSIONS = {
  "dashboard:admin": isAdmin,
  "dashboard:unit-admin": hasRole("UNIT_ADMIN"),
  "dashboard:operator": hasRole("OPERATOR"),
  "dashboard:judge": hasRole("JUDGE"),
  "account:change-own-password": () => true,
  // The unit tree: admins change it; an admin lokal reads its own subtree.
  "unit:manage": isAdmin,
  "unit:read": any(isAdmin, inSubtree("UNIT_ADMIN")),
  // Searching units to pick one (parent, membership unit); the results are filtered by the actor's scope.
  "unit:pick": any(isAdmin, hasRole("UNIT_ADMIN")),
  // Accounts: admins manage all; an admin lokal manages operator accounts inside its subtree.
  "account:manage-any": isAdmin,
  "account:manage-operator": any(isAdmin, inSubtree("UNIT_ADMIN")),
  // Role-level gate of the admin lokal's account screen and actions; each change then needs
  // "account:manage-operator" on the target's own unit.
  "account:manage-own-operators": any(isAdmin, hasRole("UNIT_ADMIN")),
  // The admin lokal's operator-account screens (/unit/akun); an admin is sent to /admin/akun instead.
  "account:list-own-operators": hasRole("UNIT_ADMIN"),
  "audit:read": isAdmin,
  // The outgoing mail (lib/notifications, /admin/kotak-keluar).
  "notification:read": isAdmin,
  // Sending due mail now and putting a failed message back in the queue.
  "notification:manage": isAdmin,
  // Editions (setup: timeline, groups, categories, quotas, form) are the secretariat's.
  "edition:manage": isAdmin,
  "edition:read": any(isAdmin, hasRole("UNIT_ADMIN"), hasRole("OPERATOR")),
  // Proposals: scoped by the proposal's own unit. Operators work on their unit's (and its subtree's)
  // proposals; the admin lokal on every proposal of its institution subtree; the admin on all.
  "proposal:create": any(isAdmin, inSubtree("OPERATOR"), inSubtree("UNIT_ADMIN")),
  "proposal:read": any(isAdmin, inSubtree("OPERATOR"), inSubtree("UNIT_ADMIN")),
  "proposal:edit": any(inSubtree("OPERATOR"), inSubtree("UNIT_ADMIN")),
  "proposal:review": inSubtree("UNIT_ADMIN"),
  "proposal:list": any(isAdmin, hasRole("UNIT_ADMIN"), hasRole("OPERATOR")),
  // Role-level gate of drafting (start, autosave, attachments, sending to the admin lokal, resubmitting): the
  // actor holds a role that drafts somewhere; the service then requires "proposal:create"/"proposal:edit" and
  // the lifecycle rule on the proposal's own unit.
  "proposal:draft": any(isAdmin, hasRole("UNIT_ADMIN"), hasRole("OPERATOR")),
  "proposal:check": isAdmin,
  "proposal:extend": isAdmin,
  // Role-level gate of the admin lokal's review queue (returning to the unit, submitting to the province); each
  // step then resolves the actor's role on the proposal's own unit.
  "proposal:review-queue": hasRole("UNIT_ADMIN"),
  // Deadline reminders to every admin lokal and operator with drafts still open.
  "proposal:remind": isAdmin,
  // Judging (decision 007): the secretariat runs rounds, judges and their progress.
  "judging:manage": isAdmin,
  // Judging: role-level gate of the judge's desk and score sheet; each read and write then requires the
  // judge's own assignment (ASSIGNED, declaration signed, no conflict) and, to write, the round OPEN and
  // inside its window (lib/judging/score-access.ts).
  "score:write": hasRole("JUDGE"),
  // A judge's own side of a round: the no-conflict declaration and declaring a conflict; each service then
  // requires the actor's own appointment to that round.
  "judging:declare": hasRole("JUDGE"),
  // Ranking (issue 11): the secretariat reads every sheet, consolidates, corrects with a reason, seals, advances.
  "ranking:manage": isAdmin,
  // Results (issue 12): the secretariat assembles, confirms with the plenary's minutes, corrects, publishes, and
  // decides objections.
  "result:manage": isAdmin,
  // Objecting to an announced finalist during the window (role-level; the service requires a membership on the
  // unit the objector acts for, and the server's clock inside the window).
  "objection:lodge": any(hasRole("UNIT_ADMIN"), hasRole("OPERATOR")),
  // A certificate PDF: the secretariat, or the entry's own unit subtree.
  "certificate:download": any(isAdmin, inSubtree("UNIT_ADMIN"), inSubtree("OPERATOR")),
  // The units' certificate screen (/sertifikat); each download then needs "certificate:download" on the entry.
  "certificate:list-own": any(hasRole("UNIT_ADMIN"), hasRole("OPERATOR")),
  // Nomination to KIPP (lib/nominations): the secretariat nominates, downloads dossiers, records national outcomes.
  "nomination:manage": isAdmin,
  // Follow-ups 6 and 12 months after an award (lib/follow-ups): the secretariat sees them all (and the overdue);
  // the unit reports. "follow-up:report-own" is the role-level gate of the unit's screen and action; each report
  // then needs "follow-up:report" on the innovation's own unit.
  "follow-up:manage": isAdmin,
  "follow-up:report-own": any(hasRole("UNIT_ADMIN"), hasRole("OPERATOR")),
  "follow-up:report": any(inSubtree("OPERATOR"), inSubtree("UNIT_ADMIN")),
  // The public site (decision 016): announcements, an edition's public settings, entries' public summaries.
  "announcement:manage": isAdmin,
  "public-site:manage": isAdmin,
} satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor | null, permission: Permission, scope?: UnitScope): boolean {
  if (!actor) return false;
  const rule: Rule | undefined = PERMISSIONS[permission];
  return rule ? rule(actor, scope) : false;
}

export function authorize(actor: Actor | null, permission: Permission, scope?: UnitScope): asserts actor is Actor {
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Silakan masuk terlebih dahulu.");
  if (!can(actor, permission, scope)) {
    throw new DomainError("FORBIDDEN", "Anda tidak berwenang melakukan tindakan ini.");
  }
}

/** Units an actor's role reaches, as path prefixes, for filtering lists in the database. */
export function scopePrefixes(actor: Actor, role: "UNIT_ADMIN" | "OPERATOR"): string[] {
  return actor.memberships.filter((m) => m.role === role).map((m) => m.unitPath);
}
