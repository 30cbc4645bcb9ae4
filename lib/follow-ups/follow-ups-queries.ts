import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { authorize, scopePrefixes } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageSlice, type Page } from "@/lib/pagination";
import { wibDay, isOverdue, reportOpen } from "./schedule";
import type { FollowUpFigures } from "./schemas";

export const FOLLOW_UP_PAGE_SIZE = 20;

const select = {
  id: true,
  monthsAfter: true,
  dueOn: true,
  reportedAt: true,
  remindedAt: true,
  stillRunning: true,
  figures: true,
  notes: true,
  innovation: { select: { id: true, name: true, unit: { select: { name: true } } } },
  award: { select: { name: true, edition: { select: { year: true } } } },
} satisfies Prisma.FollowUpSelect;

type Row = Prisma.FollowUpGetPayload<{ select: typeof select }>;

function view(r: Row, now: Date) {
  return {
    ...r,
    figures: (r.figures as FollowUpFigures | null) ?? null,
    overdue: isOverdue(r, now),
    open: reportOpen(r, now),
  };
}
export type FollowUpView = ReturnType<typeof view>;

async function paged(where: Prisma.FollowUpWhereInput, page: number, now: Date): Promise<Page<FollowUpView>> {
  const total = await prisma.followUp.count({ where });
  const slice = pageSlice(total, page, FOLLOW_UP_PAGE_SIZE);
  const rows = await prisma.followUp.findMany({
    where,
    select,
    orderBy: [{ reportedAt: { sort: "desc", nulls: "first" } }, { dueOn: "asc" }, { id: "asc" }],
    skip: slice.skip,
    take: slice.take,
  });
  return { items: rows.map((r) => view(r, now)), total, page: slice.page, pageCount: slice.pageCount };
}

/** The follow-ups of the innovations in the actor's units (operators and admin lokal): open ones first. */
export async function unitFollowUps(actor: Actor, page = 1, now = new Date()) {
  authorize(actor, "follow-up:report-own");
  const prefixes = [...scopePrefixes(actor, "OPERATOR"), ...scopePrefixes(actor, "UNIT_ADMIN")];
  const where: Prisma.FollowUpWhereInput = {
    innovation: { unit: { OR: prefixes.map((p) => ({ path: { startsWith: p } })) } },
  };
  return paged(where, page, now);
}

export type AdminFollowUpFilter = "terlambat" | "belum" | "semua";

export function parseFollowUpFilter(v: string | string[] | undefined): AdminFollowUpFilter {
  return v === "belum" || v === "semua" ? v : "terlambat";
}

/** Every follow-up for the secretariat; "terlambat" (the default) lists the overdue ones only. */
export async function adminFollowUps(actor: Actor, filter: AdminFollowUpFilter, page = 1, now = new Date()) {
  authorize(actor, "follow-up:manage");
  const today = wibDay(now);
  const where: Prisma.FollowUpWhereInput =
    filter === "terlambat"
      ? { reportedAt: null, dueOn: { lt: today } }
      : filter === "belum"
        ? { reportedAt: null }
        : {};
  const [list, overdue] = await Promise.all([
    paged(where, page, now),
    prisma.followUp.count({ where: { reportedAt: null, dueOn: { lt: today } } }),
  ]);
  return { ...list, overdueCount: overdue };
}

export type LatestFollowUp = {
  monthsAfter: number;
  reportedAt: Date;
  stillRunning: boolean;
  figures: FollowUpFigures | null;
};

/** For the innovation's public page: the newest reported follow-up, or null. Reported facts only. */
export async function latestFollowUpFor(innovationId: string): Promise<LatestFollowUp | null> {
  const f = await prisma.followUp.findFirst({
    where: { innovationId, reportedAt: { not: null }, stillRunning: { not: null } },
    orderBy: { reportedAt: "desc" },
    select: { monthsAfter: true, reportedAt: true, stillRunning: true, figures: true },
  });
  if (!f?.reportedAt || f.stillRunning === null) return null;
  return {
    monthsAfter: f.monthsAfter,
    reportedAt: f.reportedAt,
    stillRunning: f.stillRunning,
    figures: (f.figures as FollowUpFigures | null) ?? null,
  };
}
