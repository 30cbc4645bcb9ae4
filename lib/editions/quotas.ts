import "server-only";
import type { z } from "zod";
import { auditedWrite } from "@/lib/audit/audited-write";
import type { Actor } from "@/lib/auth/permissions";
import { DomainError, found } from "@/lib/errors";
import type { setQuotaSchema } from "./schemas";

// How many proposals an institution may send to the province in an edition: the edition's default, or an
// override per institution. The list lives in list.ts; the check at submission in lib/proposals/workflow.ts.

export async function setQuota(actor: Actor, input: z.infer<typeof setQuotaSchema>) {
  return auditedWrite(actor, async (tx, audit) => {
    // One query at a time: a transaction holds a single connection.
    const edition = found(
      await tx.edition.findUnique({ where: { id: input.editionId }, select: { id: true, defaultQuota: true } }),
      "Edisi",
    );
    const institution = await tx.unit.findUnique({
      where: { id: input.institutionId },
      select: { id: true, name: true, isInstitution: true },
    });
    if (!institution?.isInstitution)
      throw new DomainError(
        "INVALID",
        "Kuota hanya berlaku untuk instansi (kabupaten/kota, perangkat daerah provinsi, BUMD).",
      );
    const key = { editionId_institutionId: { editionId: input.editionId, institutionId: input.institutionId } };
    const before = await tx.quota.findUnique({ where: key });
    if (input.maxProposals === null) {
      if (before) await tx.quota.delete({ where: key });
    } else {
      await tx.quota.upsert({
        where: key,
        create: { editionId: input.editionId, institutionId: input.institutionId, maxProposals: input.maxProposals },
        update: { maxProposals: input.maxProposals },
      });
    }
    const after =
      input.maxProposals === null ? null : { ...key.editionId_institutionId, maxProposals: input.maxProposals };
    if (before?.maxProposals !== after?.maxProposals) {
      await audit({
        action: after ? "edition.quota.set" : "edition.quota.clear",
        entityType: "Quota",
        entityId: `${input.editionId}:${input.institutionId}`,
        before,
        after,
      });
    }
    return {
      name: institution.name,
      effective: input.maxProposals ?? edition.defaultQuota,
      override: input.maxProposals,
    };
  });
}
