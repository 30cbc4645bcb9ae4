import "server-only";
import { auditedWrite } from "@/lib/audit/audited-write";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { DomainError, notFound } from "@/lib/errors";
import { getOpenEdition, registrationOpenForNew } from "./list";
import type { CreateProposalInput } from "./schemas";

// Starting a proposal: for a unit the actor works for, in the edition open for registration, under the
// institution the unit belongs to. An innovation already known by that name is reused (its history stays
// one), but it may carry one proposal per edition.

const pathIds = (path: string) => path.split("/").filter(Boolean);

export async function createProposal(actor: Actor, input: CreateProposalInput, now = new Date()) {
  const unit = await prisma.unit.findUnique({
    where: { id: input.unitId },
    select: { id: true, path: true, name: true, active: true },
  });
  if (!unit || !unit.active) throw notFound("Unit");
  authorize(actor, "proposal:create", { unitPath: unit.path });
  const edition = await getOpenEdition();
  if (!edition) throw new DomainError("CONFLICT", "Belum ada edisi KOVABLIK yang membuka pendaftaran.");
  if (!registrationOpenForNew(edition, now)) {
    throw new DomainError(
      "DEADLINE",
      edition.registrationOpensAt && now < edition.registrationOpensAt
        ? "Pendaftaran belum dibuka. Usulan baru dapat dibuat setelah pendaftaran dibuka."
        : "Pendaftaran telah ditutup. Usulan baru tidak dapat dibuat lagi.",
    );
  }
  const institution = await prisma.unit.findFirst({
    where: { id: { in: pathIds(unit.path) }, isInstitution: true },
    orderBy: { depth: "desc" },
    select: { id: true },
  });
  if (!institution) {
    throw new DomainError("CONFLICT", "Unit ini belum berada di bawah instansi (admin lokal) mana pun. Hubungi admin.");
  }
  const title = input.title.trim();
  const duplicate = () =>
    new DomainError(
      "CONFLICT",
      `Inovasi "${title}" dari ${unit.name} sudah memiliki usulan pada KOVABLIK ${edition.year}. Buka usulan itu dari daftar.`,
      { title: ["Inovasi ini sudah memiliki usulan pada edisi ini."] },
    );
  return auditedWrite(
    actor,
    async (tx, audit) => {
      const existing = await tx.innovation.findFirst({
        where: { unitId: unit.id, name: { equals: title, mode: "insensitive" } },
        select: { id: true },
        orderBy: { createdAt: "asc" },
      });
      const innovation =
        existing ?? (await tx.innovation.create({ data: { unitId: unit.id, name: title }, select: { id: true } }));
      if (existing) {
        const taken = await tx.proposal.findUnique({
          where: { innovationId_editionId: { innovationId: existing.id, editionId: edition.id } },
          select: { id: true },
        });
        if (taken) throw duplicate();
      }
      const proposal = await tx.proposal.create({
        data: {
          editionId: edition.id,
          innovationId: innovation.id,
          unitId: unit.id,
          institutionId: institution.id,
          title,
          status: "DRAFT",
          createdById: actor.id,
        },
        select: { id: true, title: true },
      });
      await tx.proposalEvent.create({
        data: { proposalId: proposal.id, fromStatus: null, toStatus: "DRAFT", actorId: actor.id },
      });
      await audit({
        action: "proposal.create",
        entityType: "Proposal",
        entityId: proposal.id,
        after: {
          title,
          unitId: unit.id,
          institutionId: institution.id,
          editionId: edition.id,
          innovationId: innovation.id,
          reusedInnovation: !!existing,
        },
      });
      return proposal;
    },
    { onUniqueViolation: duplicate },
  );
}
