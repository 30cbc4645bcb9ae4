import "server-only";
import type { Tx } from "@/lib/audit/audited-write";
import { fieldError } from "@/lib/errors";

// A new edition may start from an earlier one's setup: groups, categories, form, attachment rules and the
// judging rounds with their criteria. Dates are never copied: they belong to one year.

export const DEFAULT_PUBLIC_FIELDS = ["title", "unit", "category", "group"];

export type CopiedSetup = Awaited<ReturnType<typeof copySetup>>;

export async function copySetup(tx: Tx, fromId: string, toId: string) {
  const source = await tx.edition.findUnique({
    where: { id: fromId },
    include: {
      groups: true,
      categories: { orderBy: { order: "asc" } },
      sections: { where: { archivedAt: null }, orderBy: [{ order: "asc" }, { id: "asc" }] },
      attachmentRequirements: true,
      rounds: { orderBy: { order: "asc" }, include: { criteria: { orderBy: { order: "asc" } } } },
      publication: { select: { publicProposalFields: true } },
    },
  });
  if (!source) throw fieldError("copyFromEditionId", "Edisi sumber tidak ditemukan.");
  await tx.edition.update({
    where: { id: toId },
    data: {
      minImplementationMonths: source.minImplementationMonths,
      excludePreviousWinners: source.excludePreviousWinners,
      topN: source.topN,
      defaultQuota: source.defaultQuota,
    },
  });
  await tx.group.createMany({
    data: source.groups.map((g) => ({ editionId: toId, kind: g.kind, name: g.name, description: g.description })),
  });
  await tx.category.createMany({
    data: source.categories.map((c, i) => ({
      editionId: toId,
      order: i + 1,
      name: c.name,
      description: c.description,
    })),
  });
  await tx.formSection.createMany({
    data: source.sections.map((s, i) => ({
      editionId: toId,
      order: i + 1,
      key: s.key,
      title: s.title,
      guidance: s.guidance,
      wordLimit: s.wordLimit,
      required: s.required,
      isPublic: s.isPublic,
    })),
  });
  await tx.attachmentRequirement.createMany({
    data: source.attachmentRequirements.map((a) => ({
      editionId: toId,
      kind: a.kind,
      label: a.label,
      required: a.required,
      allowedContentTypes: a.allowedContentTypes,
      maxBytes: a.maxBytes,
      maxFiles: a.maxFiles,
    })),
  });
  // Windows are year-specific: the rounds come without dates, to be scheduled on the new edition.
  for (const r of source.rounds) {
    await tx.round.create({
      data: {
        editionId: toId,
        order: r.order,
        kind: r.kind,
        name: r.name,
        judgesPerEntry: r.judgesPerEntry,
        normalisation: r.normalisation,
        weight: r.weight,
        advanceCount: r.advanceCount,
        entrySource: r.entrySource,
        panelMode: r.panelMode,
        anonymised: r.anonymised,
        criteria: {
          create: r.criteria.map((c) => ({
            order: c.order,
            name: c.name,
            description: c.description,
            weight: c.weight,
            scaleMin: c.scaleMin,
            scaleMax: c.scaleMax,
            levels: c.levels ?? [],
          })),
        },
      },
    });
  }
  return {
    year: source.year,
    publicProposalFields: source.publication?.publicProposalFields ?? DEFAULT_PUBLIC_FIELDS,
    counts: {
      groups: source.groups.length,
      categories: source.categories.length,
      sections: source.sections.length,
      attachmentRequirements: source.attachmentRequirements.length,
      rounds: source.rounds.length,
    },
  };
}
