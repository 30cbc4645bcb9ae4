import "server-only";
import { prisma } from "@/lib/db";
import { workingEditionQuery } from "@/lib/editions/working-edition";
import { editionRulesSelect } from "@/lib/editions/selects";

/** The facts of the working edition that the FAQ quotes, so its answers match the setup. */
export async function getFaqEdition() {
  return prisma.edition.findFirst({
    ...workingEditionQuery,
    select: {
      year: true,
      ...editionRulesSelect,
      groups: { select: { name: true, description: true }, orderBy: { kind: "asc" } },
      rounds: { select: { name: true }, orderBy: { order: "asc" } },
      attachmentRequirements: {
        select: { label: true, required: true, maxBytes: true, allowedContentTypes: true },
        orderBy: { kind: "asc" },
      },
    },
  });
}

export type FaqEdition = Awaited<ReturnType<typeof getFaqEdition>>;
