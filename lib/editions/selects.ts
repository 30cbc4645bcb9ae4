import type { Prisma } from "@/lib/db";

// The columns of an edition that several screens read together, so a new column lands everywhere at once.

/** An edition as lists and headers name it: year, theme, status and its registration window. */
export const editionHeadSelect = {
  id: true,
  year: true,
  theme: true,
  status: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
} satisfies Prisma.EditionSelect;

/** The schedule and selection rules an edition's settings hold (the settings form, its audit, the FAQ). */
export const editionRulesSelect = {
  registrationOpensAt: true,
  registrationClosesAt: true,
  announcementAt: true,
  minImplementationMonths: true,
  excludePreviousWinners: true,
  topN: true,
  defaultQuota: true,
} satisfies Prisma.EditionSelect;
