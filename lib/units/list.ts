import "server-only";
import type { z } from "zod";
import { scopePrefixes, type Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { pageSlice, type Page } from "@/lib/pagination";
import { currentMembership } from "./memberships";
import { UNIT_KIND_LABEL } from "./names";
import { PARENT_KINDS, UNIT_PAGE_SIZE, type unitPickerSchema, type UnitListQuery, type UnitOption } from "./schemas";

// Reading the unit tree: the admin's list, one unit with its children, and the pickers' options.

export const unitSnapshotSelect = {
  id: true,
  kind: true,
  name: true,
  shortName: true,
  regionCode: true,
  parentId: true,
  path: true,
  depth: true,
  isInstitution: true,
  active: true,
} satisfies Prisma.UnitSelect;

export type UnitSnapshot = Prisma.UnitGetPayload<{ select: typeof unitSnapshotSelect }>;

const listItemSelect = {
  ...unitSnapshotSelect,
  parent: { select: { id: true, name: true } },
  _count: { select: { children: true } },
} satisfies Prisma.UnitSelect;

export type UnitListItem = Prisma.UnitGetPayload<{ select: typeof listItemSelect }>;

function textFilter(q: string): Prisma.UnitWhereInput {
  return {
    OR: [
      { name: { contains: q, mode: "insensitive" } },
      { shortName: { contains: q, mode: "insensitive" } },
      { regionCode: { startsWith: q } },
    ],
  };
}

export async function listUnits(query: UnitListQuery): Promise<Page<UnitListItem>> {
  const where: Prisma.UnitWhereInput = {
    AND: [
      query.q ? textFilter(query.q) : {},
      query.kind ? { kind: query.kind } : {},
      query.status === "aktif" ? { active: true } : query.status === "nonaktif" ? { active: false } : {},
    ],
  };
  const total = await prisma.unit.count({ where });
  const { page, pageCount, skip, take } = pageSlice(total, query.page, UNIT_PAGE_SIZE);
  const items = await prisma.unit.findMany({
    where,
    select: listItemSelect,
    // Roots (province, kabupaten/kota, BUMD) first, then agencies, then service units.
    orderBy: [{ depth: "asc" }, { name: "asc" }],
    skip,
    take,
  });
  return { items, total, page, pageCount };
}

const pathIds = (path: string) => path.split("/").filter(Boolean);

export async function getUnitDetail(unitId: string, childPage = 1) {
  const unit = await prisma.unit.findUnique({
    where: { id: unitId },
    select: { ...unitSnapshotSelect, createdAt: true, updatedAt: true },
  });
  if (!unit) return null;
  const now = new Date();
  const ancestorIds = pathIds(unit.path).slice(0, -1);
  const [ancestors, childTotal, activeChildren, memberships, subtreeSize] = await Promise.all([
    prisma.unit.findMany({
      where: { id: { in: ancestorIds } },
      select: { id: true, name: true, kind: true, active: true },
      orderBy: { depth: "asc" },
    }),
    prisma.unit.count({ where: { parentId: unit.id } }),
    prisma.unit.count({ where: { parentId: unit.id, active: true } }),
    prisma.membership.groupBy({
      by: ["role"],
      where: { unitId: unit.id, ...currentMembership(now) },
      _count: { _all: true },
    }),
    prisma.unit.count({ where: { path: { startsWith: unit.path } } }),
  ]);
  const { page, pageCount, skip, take } = pageSlice(childTotal, childPage, UNIT_PAGE_SIZE);
  const children = await prisma.unit.findMany({
    where: { parentId: unit.id },
    select: listItemSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }],
    skip,
    take,
  });
  const count = (role: "UNIT_ADMIN" | "OPERATOR") => memberships.find((m) => m.role === role)?._count._all ?? 0;
  return {
    unit,
    ancestors,
    children: { items: children, total: childTotal, page, pageCount },
    activeChildren,
    activeMemberships: { unitAdmins: count("UNIT_ADMIN"), operators: count("OPERATOR") },
    descendants: subtreeSize - 1,
  };
}
export type UnitDetail = NonNullable<Awaited<ReturnType<typeof getUnitDetail>>>;

/**
 * Units a picker offers: active ones matching the text, limited to what the purpose allows and, for an
 * admin lokal, to its own subtree.
 */
export async function searchUnitOptions(actor: Actor, query: z.infer<typeof unitPickerSchema>): Promise<UnitOption[]> {
  const and: Prisma.UnitWhereInput[] = [];
  if (query.q) and.push(textFilter(query.q));
  if (query.purpose !== "filter") and.push({ active: true });
  if (!actor.isAdmin) {
    // An admin lokal only ever picks operator units inside its own institutions.
    if (query.purpose === "parent" || (query.purpose === "membership" && query.role !== "OPERATOR")) return [];
    const prefixes = scopePrefixes(actor, "UNIT_ADMIN");
    if (!prefixes.length) return [];
    and.push({ OR: prefixes.map((p) => ({ path: { startsWith: p } })) });
  }
  if (query.purpose === "parent") {
    if (!query.childKind) return [];
    and.push({ kind: { in: [...PARENT_KINDS[query.childKind]] } });
    if (query.movingUnitId) {
      const moving = await prisma.unit.findUnique({ where: { id: query.movingUnitId }, select: { path: true } });
      if (moving) and.push({ NOT: { path: { startsWith: moving.path } } });
    }
  }
  if (query.purpose === "membership" && query.role === "UNIT_ADMIN") and.push({ isInstitution: true });
  const rows = await prisma.unit.findMany({
    where: { AND: and },
    select: { id: true, name: true, kind: true, active: true, parent: { select: { name: true } } },
    orderBy: [{ depth: "asc" }, { name: "asc" }],
    take: 20,
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    active: r.active,
    context: r.parent?.name ?? UNIT_KIND_LABEL[r.kind],
  }));
}

/**
 * One unit as a picker option, to show what a form already holds (e.g. `?induk=` in the URL); with `within`,
 * only if it lies inside one of those subtrees.
 */
export async function unitOption(unitId: string | undefined, within?: string[]): Promise<UnitOption | null> {
  if (!unitId) return null;
  const r = await prisma.unit.findFirst({
    where: { id: unitId, ...(within ? { OR: within.map((p) => ({ path: { startsWith: p } })) } : {}) },
    select: { id: true, name: true, kind: true, active: true, parent: { select: { name: true } } },
  });
  return r
    ? { id: r.id, name: r.name, kind: r.kind, active: r.active, context: r.parent?.name ?? UNIT_KIND_LABEL[r.kind] }
    : null;
}
