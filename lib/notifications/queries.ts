import "server-only";
import { z } from "zod";
import { PAGE_SIZE, pageSlice } from "@/lib/pagination";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reading the outbox. Messages carry account links (invitations, password resets), so only admins read them.

export const OUTBOX_PAGE_SIZE = PAGE_SIZE;
export const NOTIFICATION_STATES = ["PENDING", "SENT", "FAILED"] as const;
export type NotificationState = (typeof NOTIFICATION_STATES)[number];

export const outboxFilterSchema = z.object({
  state: z.enum(NOTIFICATION_STATES).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type OutboxFilters = z.infer<typeof outboxFilterSchema>;

export function parseOutboxFilters(searchParams: Record<string, string | string[] | undefined>): OutboxFilters {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return outboxFilterSchema.parse(flat);
}

/** Whether mail can leave at all: without SMTP_URL every message stays pending in the outbox. */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/** What the list shows of a message; the detail adds body, error and recipient. */
const listSelect = {
  id: true,
  recipientEmail: true,
  subject: true,
  template: true,
  state: true,
  attempts: true,
  createdAt: true,
  sentAt: true,
  nextAttemptAt: true,
} satisfies Prisma.NotificationSelect;

export type OutboxListItem = {
  id: string;
  recipientEmail: string;
  subject: string;
  template: string;
  state: NotificationState;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
};

export type OutboxPage = {
  items: OutboxListItem[];
  total: number;
  page: number;
  pageCount: number;
  counts: Record<NotificationState, number>;
};

export async function listNotifications(actor: Actor | null, filters: OutboxFilters): Promise<OutboxPage> {
  authorize(actor, "notification:read");
  const search: Prisma.NotificationWhereInput = filters.q
    ? {
        OR: [
          { recipientEmail: { contains: filters.q, mode: "insensitive" } },
          { subject: { contains: filters.q, mode: "insensitive" } },
        ],
      }
    : {};
  const where: Prisma.NotificationWhereInput = { ...search, ...(filters.state ? { state: filters.state } : {}) };
  const [total, grouped] = await Promise.all([
    prisma.notification.count({ where }),
    prisma.notification.groupBy({ by: ["state"], where: search, _count: { _all: true } }),
  ]);
  const { page, pageCount, skip, take } = pageSlice(total, filters.page, OUTBOX_PAGE_SIZE);
  const items = await prisma.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: listSelect,
  });
  const counts = { PENDING: 0, SENT: 0, FAILED: 0 };
  for (const g of grouped) counts[g.state] = g._count._all;
  return { items, total, page, pageCount, counts };
}

export type OutboxMessage = OutboxListItem & {
  body: string;
  lastError: string | null;
  recipient: { id: string; name: string } | null;
};

export async function getNotification(actor: Actor | null, id: string): Promise<OutboxMessage | null> {
  authorize(actor, "notification:read");
  return prisma.notification.findUnique({
    where: { id },
    select: {
      ...listSelect,
      body: true,
      lastError: true,
      recipient: { select: { id: true, name: true } },
    },
  });
}
