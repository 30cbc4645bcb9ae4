import type { Prisma } from "@/lib/db";

/** Memberships in force at `now`: started and not ended. */
export function currentMembership(now = new Date()): Prisma.MembershipWhereInput {
  return { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] };
}
