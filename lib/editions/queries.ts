import "server-only";
import { prisma } from "@/lib/db";
import { workingEditionQuery } from "@/lib/editions/working-edition";

export type HomeEdition = {
  year: number;
  theme: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  announcementAt: Date | null;
  groups: { name: string }[];
  categories: { name: string }[];
  rounds: { name: string; opensAt: Date | null; closesAt: Date | null }[];
  proposalCount: number;
} | null;

/** The edition the home page presents: the newest one that is not a draft. */
export async function getHomeEdition(): Promise<HomeEdition> {
  const edition = await prisma.edition.findFirst({
    ...workingEditionQuery,
    select: {
      year: true,
      theme: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      announcementAt: true,
      groups: { select: { name: true }, orderBy: { kind: "asc" } },
      categories: { select: { name: true }, orderBy: { order: "asc" } },
      rounds: { select: { name: true, opensAt: true, closesAt: true }, orderBy: { order: "asc" } },
      _count: {
        select: {
          proposals: { where: { status: { notIn: ["DRAFT", "WITH_UNIT_ADMIN", "RETURNED_TO_UNIT", "WITHDRAWN"] } } },
        },
      },
    },
  });
  if (!edition) return null;
  const { _count, ...rest } = edition;
  return { ...rest, proposalCount: _count.proposals };
}

/** The edition of an admin setup page, by the year in its URL ("2027"); null for an unknown or malformed year. */
export async function getEditionHeader(year: string) {
  if (!/^\d{4}$/.test(year)) return null;
  return prisma.edition.findUnique({
    where: { year: Number(year) },
    select: { id: true, year: true, theme: true, status: true },
  });
}
