import type { Prisma } from "@/lib/db";

/**
 * The edition people are working on: the newest one that is not a draft. The home page, the dashboards and
 * the submission queues all mean this one; spread it into `findFirst` with the select each needs.
 */
export const workingEditionQuery = {
  where: { status: { not: "DRAFT" } },
  orderBy: { year: "desc" },
} satisfies Prisma.EditionFindFirstArgs;
