import "server-only";
import { z } from "zod";
import { PAGE_SIZE, pageSlice } from "@/lib/pagination";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canonicalJson } from "./audit";

// Reading the audit log. Only admins read it; the filters come from the URL, so every value is parsed
// here and anything malformed is ignored rather than trusted.

export const AUDIT_PAGE_SIZE = PAGE_SIZE;

const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(new Date(`${s}T00:00:00+07:00`).getTime()));

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined);

/** Kinds of entries: changes to data, refused actions, sign-ins (and sign-outs). */
export const AUDIT_KINDS = ["perubahan", "ditolak", "masuk"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const auditFilterSchema = z.object({
  kind: z.enum(AUDIT_KINDS).optional().catch(undefined),
  action: optionalText(100),
  entity: optionalText(100),
  actor: optionalText(200),
  from: dateOnly.optional().catch(undefined),
  to: dateOnly.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilters = z.infer<typeof auditFilterSchema>;

/** Reads the filters from `searchParams`; a bad value is dropped, never an error page. */
export function parseAuditFilters(searchParams: Record<string, string | string[] | undefined>): AuditFilters {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = auditFilterSchema.safeParse(flat);
  return parsed.success
    ? parsed.data
    : { kind: undefined, action: undefined, entity: undefined, actor: undefined, page: 1 };
}

/** Start of a calendar day in WIB (UTC+7, no daylight saving). */
export function startOfDayWIB(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

const KIND_WHERE: Record<AuditKind, Prisma.AuditEntryWhereInput> = {
  ditolak: { action: "action.refused" },
  masuk: { action: { startsWith: "auth.sign_" } },
  perubahan: { AND: [{ action: { not: "action.refused" } }, { NOT: { action: { startsWith: "auth.sign_" } } }] },
};

function whereOf(f: AuditFilters): Prisma.AuditEntryWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (f.from) at.gte = startOfDayWIB(f.from);
  // "Until 10 January" includes the whole of 10 January, WIB.
  if (f.to) at.lt = new Date(startOfDayWIB(f.to).getTime() + 24 * 60 * 60 * 1000);
  return {
    ...(f.kind ? { AND: [KIND_WHERE[f.kind]] } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entity ? { entityType: f.entity } : {}),
    ...(f.actor ? { actor: { email: { contains: f.actor.toLowerCase(), mode: "insensitive" as const } } } : {}),
    ...(f.from || f.to ? { at } : {}),
  };
}

/** What the list shows of an entry; the detail adds the snapshots and hashes. */
const listSelect = {
  seq: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditEntrySelect;

export type AuditListEntry = {
  seq: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { name: string; email: string } | null;
};

export type AuditPage = { entries: AuditListEntry[]; total: number; page: number; pageCount: number };

export async function listAuditEntries(actor: Actor | null, filters: AuditFilters): Promise<AuditPage> {
  authorize(actor, "audit:read");
  const where = whereOf(filters);
  const total = await prisma.auditEntry.count({ where });
  const { page, pageCount, skip, take } = pageSlice(total, filters.page, AUDIT_PAGE_SIZE);
  const rows = await prisma.auditEntry.findMany({
    where,
    orderBy: { seq: "desc" },
    skip,
    take,
    select: listSelect,
  });
  return { entries: rows.map((r) => ({ ...r, seq: r.seq.toString() })), total, page, pageCount };
}

/** The values offered by the action and entity filters: those that actually occur in the log. */
export async function auditFacets(actor: Actor | null): Promise<{ actions: string[]; entityTypes: string[] }> {
  authorize(actor, "audit:read");
  const [actions, entityTypes] = await Promise.all([
    prisma.auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    prisma.auditEntry.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType) };
}

export type AuditEntryDetail = AuditListEntry & {
  before: unknown;
  after: unknown;
  prevHash: string | null;
  hash: string;
};

export async function getAuditEntry(actor: Actor | null, seq: string): Promise<AuditEntryDetail | null> {
  authorize(actor, "audit:read");
  if (!/^\d{1,18}$/.test(seq)) return null;
  const row = await prisma.auditEntry.findUnique({
    where: { seq: BigInt(seq) },
    select: {
      ...listSelect,
      before: true,
      after: true,
      prevHash: true,
      hash: true,
    },
  });
  return row ? { ...row, seq: row.seq.toString() } : null;
}

export type FieldChange = { key: string; before: unknown; after: unknown; changed: boolean };

/**
 * The top-level fields of `before` and `after` side by side, changed ones flagged. Nested values are
 * compared whole (as canonical JSON), which is enough to see what an action touched.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const asRecord = (v: unknown): Record<string, unknown> | null =>
    v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].sort();
  return keys.map((key) => {
    const bv = b?.[key];
    const av = a?.[key];
    return { key, before: bv, after: av, changed: canonicalJson(bv) !== canonicalJson(av) };
  });
}
