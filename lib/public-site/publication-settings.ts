import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { found } from "@/lib/errors";
import { invalidatePublicSite } from "./cache";
import type { PublicEntryInput, PublicSettingsInput } from "./schemas";
import { editionVisibility } from "./visibility";

// An edition's public settings (statistics on or off, which proposal fields the entry pages show) and each
// entry's public summary and withholding. Every change expires the cached public pages on every app process.

export type PublicSettingsScreen = {
  edition: { id: string; year: number; theme: string };
  statisticsPublished: boolean;
  publicProposalFields: string[];
  finalistsVisible: boolean;
  winnersVisible: boolean;
  entries: {
    proposalId: string;
    title: string;
    institution: string;
    tier: string;
    publicSummary: string;
    publicHidden: boolean;
  }[];
};

/** The screen's data: the settings and the entries of the result version on show (finalists first). */
export async function getPublicSettings(year: number): Promise<PublicSettingsScreen | null> {
  const edition = await prisma.edition.findUnique({
    where: { year },
    select: { id: true, year: true, theme: true, publication: true },
  });
  if (!edition) return null;
  const v = await editionVisibility(year);
  const lines = v?.resultId
    ? await prisma.resultLine.findMany({
        where: { resultId: v.resultId, tier: { in: ["TOP_N", "FINALIST"] } },
        orderBy: { rank: "asc" },
        select: {
          tier: true,
          proposal: {
            select: {
              id: true,
              title: true,
              publicSummary: true,
              publicHidden: true,
              institution: { select: { name: true } },
            },
          },
        },
      })
    : [];
  return {
    edition: { id: edition.id, year: edition.year, theme: edition.theme },
    statisticsPublished: edition.publication?.statisticsPublished ?? false,
    publicProposalFields: edition.publication?.publicProposalFields ?? [],
    finalistsVisible: v?.finalistsVisible ?? false,
    winnersVisible: v?.winnersVisible ?? false,
    entries: lines.map((l) => ({
      proposalId: l.proposal.id,
      title: l.proposal.title,
      institution: l.proposal.institution.name,
      tier: l.tier,
      publicSummary: l.proposal.publicSummary ?? "",
      publicHidden: l.proposal.publicHidden,
    })),
  };
}

export async function updatePublicSettings(actor: Actor, input: PublicSettingsInput) {
  const after = await auditedWrite(actor, async (tx, audit) => {
    found(await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true } }), "Edisi");
    const before = await tx.publication.findUnique({ where: { editionId: input.editionId } });
    const data = { statisticsPublished: input.statisticsPublished, publicProposalFields: input.publicProposalFields };
    const saved = await tx.publication.upsert({
      where: { editionId: input.editionId },
      create: { editionId: input.editionId, ...data },
      update: data,
    });
    await audit({
      action: "publication.update-settings",
      entityType: "Publication",
      entityId: input.editionId,
      before,
      after: saved,
    });
    return saved;
  });
  await invalidatePublicSite();
  return after;
}

export async function updatePublicEntry(actor: Actor, input: PublicEntryInput) {
  const after = await auditedWrite(actor, async (tx, audit) => {
    const before = found(
      await tx.proposal.findUnique({
        where: { id: input.proposalId },
        select: { id: true, publicSummary: true, publicHidden: true },
      }),
      "Usulan",
    );
    const saved = await tx.proposal.update({
      where: { id: before.id },
      data: { publicSummary: input.publicSummary || null, publicHidden: input.publicHidden },
      select: { id: true, publicSummary: true, publicHidden: true },
    });
    await audit({
      action: "proposal.update-public-entry",
      entityType: "Proposal",
      entityId: saved.id,
      before,
      after: saved,
    });
    return saved;
  });
  await invalidatePublicSite();
  return after;
}
