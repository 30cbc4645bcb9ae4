import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { prisma, type Prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { loadForRead, loadForWrite } from "./access";
import { COUNTS_AGAINST_QUOTA } from "./lifecycle";
import type { InnovationSearchInput, ProposalFacts, SaveFactsInput, SaveOutcome } from "./schemas";

// The facts block of a proposal (title, start date, group, category, SDGs, innovators, …): saved whole, with
// the proposal's version as the optimistic lock, and the replicated innovation's search.

const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export const factsSelect = {
  title: true,
  implementationStartedOn: true,
  groupId: true,
  categoryId: true,
  sdgs: true,
  replicatedInnovationId: true,
  videoUrl: true,
  priorAwards: true,
  version: true,
  updatedAt: true,
  innovators: { select: { name: true, nip: true, position: true }, orderBy: { order: "asc" } },
} satisfies Prisma.ProposalSelect;

export function toFacts(p: Prisma.ProposalGetPayload<{ select: typeof factsSelect }>): ProposalFacts {
  return {
    title: p.title,
    implementationStartedOn: dateOnly(p.implementationStartedOn),
    groupId: p.groupId ?? "",
    categoryId: p.categoryId ?? "",
    sdgs: [...p.sdgs].sort((a, b) => a - b),
    replicatedInnovationId: p.replicatedInnovationId ?? "",
    innovators: p.innovators.map((i) => ({ name: i.name, nip: i.nip ?? "", position: i.position ?? "" })),
    videoUrl: p.videoUrl ?? "",
    priorAwards: p.priorAwards ?? "",
  };
}

export async function saveFacts(
  actor: Actor,
  input: SaveFactsInput,
  now = new Date(),
): Promise<SaveOutcome<ProposalFacts>> {
  const p = await loadForWrite(actor, input.proposalId, now);
  const f = input.facts;
  const [group, category, replicated] = await Promise.all([
    f.groupId
      ? prisma.group.findFirst({ where: { id: f.groupId, editionId: p.editionId }, select: { id: true, kind: true } })
      : null,
    f.categoryId
      ? prisma.category.findFirst({ where: { id: f.categoryId, editionId: p.editionId }, select: { id: true } })
      : null,
    f.replicatedInnovationId
      ? prisma.innovation.findUnique({ where: { id: f.replicatedInnovationId }, select: { id: true } })
      : null,
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (f.groupId && !group) fieldErrors.groupId = ["Kelompok tidak dikenal pada edisi ini."];
  if (f.categoryId && !category) fieldErrors.categoryId = ["Kategori tidak dikenal pada edisi ini."];
  if (f.replicatedInnovationId && (!replicated || replicated.id === p.innovationId)) {
    fieldErrors.replicatedInnovationId = ["Pilih inovasi asal yang direplikasi dari daftar."];
  }
  if (Object.keys(fieldErrors).length)
    throw new DomainError("INVALID", "Periksa kembali isian yang ditandai.", fieldErrors);

  const data = {
    title: f.title,
    implementationStartedOn: f.implementationStartedOn ? new Date(`${f.implementationStartedOn}T00:00:00Z`) : null,
    groupId: group?.id ?? null,
    categoryId: category?.id ?? null,
    sdgs: [...f.sdgs].sort((a, b) => a - b),
    // The original only means something for a replication.
    replicatedInnovationId: group?.kind === "REPLIKASI" ? (replicated?.id ?? null) : null,
    videoUrl: f.videoUrl || null,
    priorAwards: f.priorAwards || null,
  };
  const result = await prisma.$transaction(async (tx) => {
    const updated = await tx.proposal.updateMany({
      where: { id: p.id, version: input.baseVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) return null;
    await tx.proposalInnovator.deleteMany({ where: { proposalId: p.id } });
    if (f.innovators.length) {
      await tx.proposalInnovator.createMany({
        data: f.innovators.map((i, order) => ({
          proposalId: p.id,
          order,
          name: i.name,
          nip: i.nip || null,
          position: i.position || null,
        })),
      });
    }
    return tx.proposal.findUniqueOrThrow({ where: { id: p.id }, select: { version: true, updatedAt: true } });
  });
  if (result) return { saved: true, version: result.version, savedAt: result.updatedAt.toISOString() };
  const current = await prisma.proposal.findUniqueOrThrow({ where: { id: p.id }, select: factsSelect });
  return {
    saved: false,
    conflict: {
      value: toFacts(current),
      version: current.version,
      savedAt: current.updatedAt.toISOString(),
      savedBy: null,
    },
  };
}

export async function searchInnovations(actor: Actor, input: InnovationSearchInput) {
  const { q } = input;
  const p = await loadForRead(actor, input.proposalId);
  const rows = await prisma.innovation.findMany({
    where: {
      name: { contains: q, mode: "insensitive" },
      id: { not: p.innovationId },
      // Only innovations the province has received: another unit's draft title is that unit's business, and
      // replication copies a proven innovation, which a draft is not yet (not even the unit's own).
      proposals: { some: { status: { in: COUNTS_AGAINST_QUOTA } } },
    },
    select: { id: true, name: true, unit: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: 10,
  });
  return rows.map((r) => ({ id: r.id, name: r.name, unitName: r.unit.name }));
}
